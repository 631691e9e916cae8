package org.chuangcheng.ranking.web;

import java.time.LocalDate;
import java.time.YearMonth;
import org.chuangcheng.ranking.RankingComponent;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The records behind a ranking component, by the list pages' URL contracts: the unit's problems assigned in
 * the month (with a deadline; due), its checkpoints, the tasks it leads that fell due or closed in the month, the
 * month's visit compliance by leader (the page does not filter by unit), the citizen reports submitted in the
 * month and dispatched to it, whose resolved share is the component.
 */
public final class RankingLinks {

    private RankingLinks() {
    }

    public static String to(RankingComponent component, long unitId, LocalDate from, LocalDate to) {
        return switch (component) {
            case RECTIFICATION -> problems(unitId, from, to, "withDeadline");
            case ON_TIME -> problems(unitId, from, to, "due");
            case COMPLIANCE -> UriComponentsBuilder.fromPath("/checkpoints").queryParam("unitId", unitId).toUriString();
            case TASKS -> UriComponentsBuilder.fromPath("/tasks").queryParam("leadUnitId", unitId)
                    .queryParam("from", from).queryParam("to", to).toUriString();
            case VISITS -> UriComponentsBuilder.fromPath("/visits/compliance").queryParam("month", YearMonth.from(from))
                    .toUriString();
            case REPORTS -> UriComponentsBuilder.fromPath("/reports").queryParam("unitId", unitId)
                    .queryParam("from", from).queryParam("to", to).queryParam("stage", "DISPATCHED").toUriString();
        };
    }

    private static String problems(long unitId, LocalDate from, LocalDate to, String scope) {
        return UriComponentsBuilder.fromPath("/problems").queryParam("unitId", unitId).queryParam("from", from)
                .queryParam("to", to).queryParam("scope", scope).toUriString();
    }
}
