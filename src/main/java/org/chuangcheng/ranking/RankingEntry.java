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
 */
public record RankingEntry(long unitId, String unitName, String unitType, Map<RankingComponent, Ratio> figures,
        Set<RankingComponent> insufficient, BigDecimal score, Integer rank, Integer movement) {

    public Ratio figure(RankingComponent component) {
        return figures.getOrDefault(component, new Ratio(0, 0));
    }

    public boolean isInsufficient(RankingComponent component) {
        return insufficient.contains(component);
    }

    RankingEntry withMovement(Integer movement) {
        return new RankingEntry(unitId, unitName, unitType, figures, insufficient, score, rank, movement);
    }
}
