package org.chuangcheng.problem;

import java.time.LocalDate;
import org.chuangcheng.organization.UnitType;

/**
 * Which problems to list, count or export. Every part is optional; {@code from}/{@code to} are inclusive
 * and apply to the day the problem was assigned; {@code unitType} narrows to the responsible units of a type. A liaison's searches are confined to her unit whatever
 * unitId says.
 */
public record ProblemFilter(Long unitId, Long districtId, Long categoryId, Long standardId, Long checkpointId,
        LocalDate from, LocalDate to, ProblemScope scope, ProblemStatus status, String text, UnitType unitType) {

    /** Without a unit type: problems of units of every type. */
    public ProblemFilter(Long unitId, Long districtId, Long categoryId, Long standardId, Long checkpointId,
            LocalDate from, LocalDate to, ProblemScope scope, ProblemStatus status, String text) {
        this(unitId, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text, null);
    }

    public static ProblemFilter none() {
        return new ProblemFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static ProblemFilter of(ProblemScope scope) {
        return new ProblemFilter(null, null, null, null, null, null, null, scope, null, null);
    }

    public ProblemFilter withUnit(Long unit) {
        return new ProblemFilter(unit, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text,
                unitType);
    }
}
