package org.chuangcheng.ranking;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.chuangcheng.shared.Ratio;

/**
 * One unit's line in a month's ranking.
 *
 * @param figures      each component's rate over its items
 * @param insufficient components with fewer items than the minimum (样本不足): not scored
 * @param score        Σ weight × rate over the scored components, the weights spread over them; null when
 *                     no component has enough items (then the unit is not ranked)
 * @param rank         rank within the unit's type, ties sharing a rank; null when not ranked
 * @param movement     places gained since last month (negative: lost), null when either month has no rank
 * @param uncounted    components the month's closed edition did not count (closed before they existed): no
 *                     figure, and not 样本不足 either
 */
public record RankingEntry(long unitId, String unitName, String unitType, Map<RankingComponent, Ratio> figures,
        Set<RankingComponent> insufficient, BigDecimal score, Integer rank, Integer movement,
        Set<RankingComponent> uncounted) {

    /** An entry of a ranking that counts every component. */
    public RankingEntry(long unitId, String unitName, String unitType, Map<RankingComponent, Ratio> figures,
            Set<RankingComponent> insufficient, BigDecimal score, Integer rank, Integer movement) {
        this(unitId, unitName, unitType, figures, insufficient, score, rank, movement, Set.of());
    }

    public Ratio figure(RankingComponent component) {
        return figures.getOrDefault(component, new Ratio(0, 0));
    }

    public boolean isInsufficient(RankingComponent component) {
        return insufficient.contains(component);
    }

    /** Whether the month was closed without counting the component (see {@link RankingEdition#uncounted()}). */
    public boolean isUncounted(RankingComponent component) {
        return uncounted.contains(component);
    }

    RankingEntry withMovement(Integer movement) {
        return new RankingEntry(unitId, unitName, unitType, figures, insufficient, score, rank, movement, uncounted);
    }
}
