package org.chuangcheng.problem;

import java.time.LocalDate;
import java.util.Set;
import org.chuangcheng.organization.UnitType;

/**
 * Which problems to list, count or export. Every part is optional; {@code from}/{@code to} are inclusive
 * and apply to the day the problem was assigned; {@code unitType} narrows to the responsible units of a type.
 * A liaison's searches are confined to her unit whatever unitId says; a counselor's to the units her groups
 * cover ({@code withinUnits}, null for every unit).
 */
public record ProblemFilter(Long unitId, Long districtId, Long categoryId, Long standardId, Long checkpointId,
        LocalDate from, LocalDate to, ProblemScope scope, ProblemStatus status, String text, UnitType unitType,
        Set<Long> withinUnits) {

    /** Units of every type, everywhere the caller may look. */
    public ProblemFilter(Long unitId, Long districtId, Long categoryId, Long standardId, Long checkpointId,
            LocalDate from, LocalDate to, ProblemScope scope, ProblemStatus status, String text) {
        this(unitId, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text, null, null);
    }

    /** Units of one type (null: every type). */
    public ProblemFilter(Long unitId, Long districtId, Long categoryId, Long standardId, Long checkpointId,
            LocalDate from, LocalDate to, ProblemScope scope, ProblemStatus status, String text, UnitType unitType) {
        this(unitId, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text, unitType, null);
    }

    public static ProblemFilter none() {
        return new ProblemFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static ProblemFilter of(ProblemScope scope) {
        return new ProblemFilter(null, null, null, null, null, null, null, scope, null, null);
    }

    public ProblemFilter withUnit(Long unit) {
        return new ProblemFilter(unit, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text,
                unitType, withinUnits);
    }

    /** The same filter, only for problems owned by one of these units. */
    public ProblemFilter within(Set<Long> units) {
        return new ProblemFilter(unitId, districtId, categoryId, standardId, checkpointId, from, to, scope, status, text,
                unitType, units);
    }

    /** The same filter with another scope. */
    public ProblemFilter withScope(ProblemScope other) {
        return new ProblemFilter(unitId, districtId, categoryId, standardId, checkpointId, from, to, other, status, text,
                unitType, withinUnits);
    }
}
