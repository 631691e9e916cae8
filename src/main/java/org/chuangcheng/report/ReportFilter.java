package org.chuangcheng.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.chuangcheng.organization.UnitType;

/**
 * Which reports the office's list shows, every part optional: a status, a category, submitted from and to (days,
 * inclusive), how far along they got ({@link Stage}), and, for the reports handed to a unit as a problem, that
 * problem's district (its checkpoint's), its responsible unit or the type of that unit. The channel's figures
 * ({@link ReportStatistics#figures(LocalDate, LocalDate, Long, UnitType)}) count the same reports, so each of
 * them opens the list behind it.
 */
public record ReportFilter(ReportStatus status, Long categoryId, LocalDate from, LocalDate to, Long districtId,
        UnitType unitType, Long unitId, Stage stage) {

    /** At least dispatched (dispatched, resolved or replied), or at least resolved (resolved or replied). */
    public enum Stage {
        DISPATCHED(EnumSet.of(ReportStatus.DISPATCHED, ReportStatus.RESOLVED, ReportStatus.REPLIED)),
        RESOLVED(EnumSet.of(ReportStatus.RESOLVED, ReportStatus.REPLIED));

        private final Set<ReportStatus> statuses;

        Stage(Set<ReportStatus> statuses) {
            this.statuses = statuses;
        }

        public Set<ReportStatus> statuses() {
            return statuses;
        }
    }

    /** The queue by status and category, as before any period or unit. */
    public static ReportFilter of(ReportStatus status, Long categoryId) {
        return new ReportFilter(status, categoryId, null, null, null, null, null, null);
    }

    /** Whether only reports handed to a unit can match (a district, unit or unit type is asked for). */
    public boolean narrowedToProblems() {
        return districtId != null || unitType != null || unitId != null;
    }

    /** Whether anything beyond status and category is asked for. */
    public boolean beyondQueue() {
        return from != null || to != null || stage != null || narrowedToProblems();
    }
}
