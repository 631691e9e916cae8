package org.chuangcheng.rates;

import org.chuangcheng.shared.Ratio;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The columns a rate table can be sorted by. Rows without a rate ("—") sort last either way. */
public enum RateColumn {
    LABEL(null, null),
    ASSIGNED(Figures::assigned, null),
    WITH_DEADLINE(Figures::withDeadline, null),
    CLOSED(Figures::closed, null),
    RECTIFICATION_RATE(null, Figures::rectificationRate),
    DUE(Figures::due, null),
    ON_TIME(Figures::onTime, null),
    ON_TIME_RATE(null, Figures::onTimeRate),
    OVERDUE(Figures::overdue, null),
    RETURN_RATE(null, Figures::returnRate),
    COMPLIANCE(null, Figures::compliance);

    private final ToLongFunction<Figures> count;
    private final Function<Figures, Ratio> rate;

    RateColumn(ToLongFunction<Figures> count, Function<Figures, Ratio> rate) {
        this.count = count;
        this.rate = rate;
    }

    /** The name used in URLs: {@code rectificationRate}. */
    public String param() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.toString();
    }

    public static Optional<RateColumn> fromParam(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (RateColumn c : values()) {
            if (c.param().equalsIgnoreCase(value.trim()) || c.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Orders rows by this column; rows without a rate come last in both directions. */
    Comparator<RateRow> comparator(boolean ascending) {
        if (this == LABEL) {
            Comparator<RateRow> byLabel = Comparator.comparing(RateRow::label,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            return ascending ? byLabel : byLabel.reversed();
        }
        if (count != null) {
            Comparator<RateRow> byCount = Comparator.comparingLong(r -> count.applyAsLong(r.figures()));
            return ascending ? byCount : byCount.reversed();
        }
        Comparator<BigDecimal> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(r -> rate.apply(r.figures()).percentOrNull(), Comparator.nullsLast(values));
    }
}
