package org.chuangcheng.ranking;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a month is scored: each component's weight (0 leaves it out) and the minimum number of items a unit
 * needs in a component for it to count (fewer: 样本不足 for that component).
 */
public record RankingSettings(long version, int minSample, Map<RankingComponent, BigDecimal> weights) {

    public RankingSettings {
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    public BigDecimal weight(RankingComponent component) {
        return weights.getOrDefault(component, BigDecimal.ZERO);
    }

    /**
     * A weight as it is shown, always with two decimals ("40.00"), whether it was read from the settings, a
     * closed edition's snapshot or typed as "40" (a number in a message would be formatted as "40").
     */
    public String weightText(RankingComponent component) {
        return weight(component).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
