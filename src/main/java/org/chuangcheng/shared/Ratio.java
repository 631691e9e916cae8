package org.chuangcheng.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate as the campaign reports it (DOMAIN.md "Formulas"): numerator over denominator, shown as a
 * percentage with two decimals rounded half-up, and as "—" when there is nothing to count (0 / 0 is
 * neither 0 % nor 100 %). The one implementation of every rate in the application.
 *
 * @param numerator   the items counted, e.g. closed problems; never negative
 * @param denominator the items it is taken over, e.g. problems with a deadline; never less than the numerator
 */
public record Ratio(long numerator, long denominator) {

    /** What a rate over zero items reads as. */
    public static final String NONE = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative count: " + numerator + " / " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("numerator exceeds denominator: " + numerator + " / " + denominator);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /** Whether there is anything to count; a rate over nothing is not a number. */
    public boolean isDefined() {
        return denominator > 0;
    }

    /** The rate in percent with two decimals, half-up (203 / 293 → 69.28), or empty when the denominator is 0. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

    /** The percentage, or {@code null} when the denominator is 0 (for JSON and charts). */
    public BigDecimal percentOrNull() {
        return percent().orElse(null);
    }

    /** "69.28%", or "—" when the denominator is 0. */
    public String format() {
        return percent().map(p -> p.toPlainString() + "%").orElse(NONE);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + " = " + format();
    }
}
