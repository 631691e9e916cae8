package org.chuangcheng.problem.web;

import java.time.LocalDate;
import java.util.Locale;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.problem.ProblemFilter;
import org.chuangcheng.problem.ProblemScope;
import org.chuangcheng.problem.ProblemStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of {@code GET /problems} and {@code /problems/export.xlsx} (a URL contract). */
@Getter
@Setter
class ProblemFilterForm {

    private Long unitId;
    private Long districtId;
    private Long categoryId;
    private Long standardId;
    private Long checkpointId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String scope;
    private ProblemStatus status;
    private String q;
    /** A unit type's name (BUREAU, DISTRICT…); an unknown one is ignored, as the office's list shows all then. */
    private String unitType;
    /** the list's sort, as Spring Data reads it (for the sort links) */
    private String sort;

    /** The filter as the actor may use it: a unit outside her reach is ignored. */
    ProblemFilter toFilter(org.chuangcheng.shared.Actor actor) {
        return new ProblemFilter(actor.reachableUnit(unitId), districtId, categoryId, standardId, checkpointId, from, to,
                ProblemScope.fromParam(scope).orElse(null), status, q, unitType());
    }

    UnitType unitType() {
        if (unitType == null || unitType.isBlank()) {
            return null;
        }
        try {
            return UnitType.valueOf(unitType.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
