package org.chuangcheng.ranking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month's ranking as shown: either live (the month is open: computed now with the current settings) or a
 * frozen edition.
 *
 * @param shown    the edition shown, or null for the live figures
 * @param editions every closing of the month, oldest first
 */
public record MonthlyRanking(YearMonth month, RankingEdition shown, List<RankingEdition> editions,
        RankingSettings settings, List<RankingEntry> entries) {

    public boolean isClosed() {
        return editions.stream().anyMatch(RankingEdition::isInForce);
    }

    public boolean isLive() {
        return shown == null;
    }

    /** How many times the month has been closed: the version a close or reopen must name (409 otherwise). */
    public int editionCount() {
        return editions.size();
    }

    public LocalDate from() {
        return month.atDay(1);
    }

    public LocalDate to() {
        return month.atEndOfMonth();
    }

    /** Entries by unit type, in the order of {@link org.chuangcheng.organization.UnitType}. */
    public Map<String, List<RankingEntry>> byType() {
        return entries.stream().collect(Collectors.groupingBy(RankingEntry::unitType,
                () -> new java.util.TreeMap<>(java.util.Comparator.comparingInt(MonthlyRanking::typeOrder)),
                Collectors.toList()));
    }

    private static int typeOrder(String type) {
        try {
            return org.chuangcheng.organization.UnitType.valueOf(type).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }
}
