package org.chuangcheng.problem;

import java.time.LocalDate;

/**
 * Which problems to list, count or export. Every part is optional; {@code from}/{@code to} are inclusive
 * and apply to the day the problem was assigned. A liaison's searches are confined to her unit whatever
 * unitId says.
 */
public record ProblemFilter(Long unitId, Long districtId, Long categoryId, Long standardId, Long checkpointId,
        LocalDate from, LocalDate to, ProblemScope scope, ProblemStatus status, String text) {

    public static ProblemFilter none() {
        return new ProblemFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static ProblemFilter of(ProblemScope scope) {
        return new ProblemFilter(null, null, null, null, null, null, null, scope, null, null);
    }

    public ProblemFilter withUnit(Long unit) {
        return new ProblemFilter(unit, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text);
    }
}
