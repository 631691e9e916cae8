package org.chuangcheng.rates;

/**
 * The dimensions a dashboard breaks its figures down by. Unlike {@link GroupBy}, these also split by the
 * responsible unit's type and by week, and honour a unit-type filter.
 */
public enum Breakdown {
    DISTRICT, UNIT_TYPE, UNIT, CATEGORY, STANDARD, WEEK, MONTH;

    /** Whether the dimension is a time axis (every period of the filter gets a row, even an empty one). */
    public boolean isTime() {
        return this == WEEK || this == MONTH;
    }

    /** Whether checkpoint compliance is broken down along this dimension (not along time or standards). */
    boolean hasCompliance() {
        return this == DISTRICT || this == UNIT_TYPE || this == UNIT || this == CATEGORY;
    }
}
