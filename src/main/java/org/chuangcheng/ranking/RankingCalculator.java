package org.chuangcheng.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chuangcheng.shared.Ratio;

/**
 * DOMAIN.md "monthly ranking": score = Σ weightᵢ × componentᵢ over the components with at least the minimum
 * number of items, the weights of the others spread over them in proportion (so: divided by the sum of the
 * used weights); a unit with no such component is 样本不足 and not ranked; ties share a rank. Components are
 * the rates as shown (percent, two decimals, half-up); the score is rounded the same way.
 */
final class RankingCalculator {

    private RankingCalculator() {
    }

    /** One unit's figures before scoring. */
    record UnitFigures(long unitId, String unitName, String unitType, Map<RankingComponent, Ratio> figures) {
    }

    static List<RankingEntry> rank(List<UnitFigures> units, RankingSettings settings) {
        List<RankingEntry> scored = new ArrayList<>();
        for (UnitFigures unit : units) {
            Set<RankingComponent> insufficient = EnumSet.noneOf(RankingComponent.class);
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (RankingComponent c : RankingComponent.values()) {
                Ratio ratio = unit.figures().getOrDefault(c, new Ratio(0, 0));
                if (ratio.denominator() < settings.minSample()) {
                    insufficient.add(c);
                    continue;
                }
                BigDecimal weight = settings.weight(c);
                if (weight.signum() > 0) {
                    weighted = weighted.add(weight.multiply(ratio.percentOrNull()));
                    weights = weights.add(weight);
                }
            }
            BigDecimal score = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
            scored.add(new RankingEntry(unit.unitId(), unit.unitName(), unit.unitType(), unit.figures(),
                    Set.copyOf(insufficient), score, null, null));
        }
        Map<String, List<RankingEntry>> byType = new LinkedHashMap<>();
        scored.stream()
                .sorted(Comparator.comparing(RankingEntry::unitType)
                        .thenComparing(RankingEntry::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(RankingEntry::unitName))
                .forEach(e -> byType.computeIfAbsent(e.unitType(), t -> new ArrayList<>()).add(e));
        List<RankingEntry> result = new ArrayList<>();
        for (List<RankingEntry> peers : byType.values()) {
            int position = 0;
            Integer rank = null;
            BigDecimal previous = null;
            for (RankingEntry e : peers) {
                position++;
                if (e.score() == null) {
                    result.add(e);
                    continue;
                }
                if (previous == null || e.score().compareTo(previous) != 0) {
                    rank = position;
                    previous = e.score();
                }
                result.add(new RankingEntry(e.unitId(), e.unitName(), e.unitType(), e.figures(), e.insufficient(),
                        e.score(), rank, null));
            }
        }
        return result;
    }
}
