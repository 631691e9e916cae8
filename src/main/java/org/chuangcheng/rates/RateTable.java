package org.chuangcheng.rates;

import java.util.List;

/**
 * The figures of a filter broken down by one dimension, with the totals over all rows.
 *
 * @param filter the filter actually applied (a liaison's is confined to her unit)
 * @param confinedToUnit whether the filter was narrowed to the actor's own unit
 */
public record RateTable(RateFilter filter, GroupBy groupBy, boolean confinedToUnit, List<RateRow> rows,
        Figures totals) {

    /** The same table with its rows sorted by a column; ties keep the label order. */
    public RateTable sortedBy(RateColumn column, boolean ascending) {
        List<RateRow> sorted = rows.stream()
                .sorted(column.comparator(ascending).thenComparing(RateColumn.LABEL.comparator(true)))
                .toList();
        return new RateTable(filter, groupBy, confinedToUnit, sorted, totals);
    }
}
