package org.chuangcheng.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate as the campaign reads it: a numerator over a denominator, shown as a percentage with two
 * decimals rounded half-up. Over zero items there is no rate at all ("—"): a unit with nothing to
 * rectify has neither 0 % nor 100 %.
 */
public record Rate(long numerator, long denominator) {

    /** What a rate over zero items is shown as. */
    public static final String NONE = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a rate counts items: " + numerator + "/" + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("numerator exceeds denominator: " + numerator + "/" + denominator);
        }
    }

    /** The percentage with two decimals (69.28 for 203/293), or empty over zero items. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

    /** The percentage, or {@code null} over zero items (for JSON and charts). */
    public BigDecimal percentOrNull() {
        return percent().orElse(null);
    }

    /** "69.28%", or "—" over zero items. */
    public String format() {
        return percent().map(p -> p.toPlainString() + "%").orElse(NONE);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + " = " + format();
    }
}
