package org.chuangcheng.rates;

/**
 * One group of a rate table.
 *
 * @param key the group's id (unit, district, category, standard) or its month as {@code 2026-03};
 *            {@code null} for the problems that breach no standard (free-form ones) when grouped by standard
 * @param label what people call the group, in the current language
 * @param filter the table's filter narrowed to this group: the problems behind this row's figures;
 *               {@code null} when no filter can express the group (problems without a standard)
 */
public record RateRow(String key, String label, RateFilter filter, Figures figures) {
}
