package org.chuangcheng.task;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A completion figure: {@code numerator / denominator} as a percentage with two decimals, half-up
 * (DOMAIN.md "Formulas"). Over zero tasks there is no rate: it is shown as "—", never 0 % or 100 %.
 *
 * @param numerator   e.g. closed tasks
 * @param denominator e.g. tasks whose deadline fell in the period or that were closed in it
 */
public record TaskCompletion(long numerator, long denominator) {

    public static final String NO_RATE = "—";

    public TaskCompletion {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(numerator + "/" + denominator);
        }
    }

    /** The percentage (e.g. 69.28), or null when there is nothing to count. */
    public BigDecimal percent() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** "69.28%" or "—". */
    public String display() {
        BigDecimal percent = percent();
        return percent == null ? NO_RATE : percent.toPlainString() + "%";
    }
}
