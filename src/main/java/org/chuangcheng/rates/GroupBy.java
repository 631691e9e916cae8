package org.chuangcheng.rates;

import java.util.Locale;
import java.util.Optional;

/** The dimension a rate table is broken down by. */
public enum GroupBy {
    /** The problem's responsible unit (for compliance: the checkpoint's responsible unit). */
    UNIT,
    /** The district of the problem's checkpoint. */
    DISTRICT,
    /** The category of the problem's checkpoint. */
    CATEGORY,
    /** The standard the problem breaches (free-form problems form a row of their own). */
    STANDARD,
    /** The month the problem was assigned in (returns: reviewed in; compliance: as of the month's end). */
    MONTH;

    /** The lower-case name used in URLs: {@code groupBy=unit}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "rates.groupBy." + param();
    }

    /** Reads {@code unit}, {@code UNIT}…; empty when the value names no dimension. */
    public static Optional<GroupBy> fromParam(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (GroupBy g : values()) {
            if (g.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
