package org.chuangcheng.dashboard;

import java.util.List;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.rates.OverdueProblem;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.rates.RelapseSpot;

/**
 * Everything the dashboard shows for one filter.
 *
 * @param failingStandards standards with the most problems in the period, most first
 * @param worstUnits       units with the lowest rectification rate (units without a rate left out)
 */
public record Dashboard(DashboardPeriod period, DashboardPeriod previous, Long districtId, UnitType unitType,
        List<Tile> tiles, List<RateRow> byWeek, List<RateRow> byMonth, List<RateRow> byDistrict,
        List<RateRow> byUnitType, List<RateRow> byUnit, List<RateRow> worstUnits, List<RateRow> byCategory,
        List<RateRow> failingStandards, List<RelapseSpot> relapses, List<OverdueProblem> overdue, long overdueTotal) {

    public Tile tile(String id) {
        return tiles.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
