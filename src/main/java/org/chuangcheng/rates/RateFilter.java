package org.chuangcheng.rates;

import java.time.LocalDate;

/**
 * Which problems the rates count: those assigned (交办) between {@code from} and {@code to} inclusive,
 * optionally of one district (the checkpoint's), one responsible unit, one checkpoint category and one
 * standard. A {@code null} id means "all".
 */
public record RateFilter(LocalDate from, LocalDate to, Long districtId, Long unitId, Long categoryId,
        Long standardId) {

    /** The longest period a table is computed for: ten years of months. */
    static final int MAX_YEARS = 10;

    public static RateFilter period(LocalDate from, LocalDate to) {
        return new RateFilter(from, to, null, null, null, null);
    }

    public RateFilter withUnit(Long id) {
        return new RateFilter(from, to, districtId, id, categoryId, standardId);
    }

    public RateFilter withDistrict(Long id) {
        return new RateFilter(from, to, id, unitId, categoryId, standardId);
    }

    public RateFilter withCategory(Long id) {
        return new RateFilter(from, to, districtId, unitId, id, standardId);
    }

    public RateFilter withStandard(Long id) {
        return new RateFilter(from, to, districtId, unitId, categoryId, id);
    }

    public RateFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new RateFilter(newFrom, newTo, districtId, unitId, categoryId, standardId);
    }

    /** Refuses a filter without a sensible period. */
    void validate() {
        if (from == null || to == null) {
            throw new InvalidRateFilter("rates.invalid.periodMissing");
        }
        if (from.isAfter(to)) {
            throw new InvalidRateFilter("rates.invalid.periodOrder", from, to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidRateFilter("rates.invalid.periodTooLong", MAX_YEARS);
        }
    }
}
