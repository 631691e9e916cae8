package org.chuangcheng.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chuangcheng.ranking.RankingCalculator.UnitFigures;
import org.chuangcheng.shared.Ratio;
import org.junit.jupiter.api.Test;

/** DOMAIN.md "monthly ranking" on hand-computed examples. */
class RankingCalculatorTests {

    static final RankingSettings SETTINGS = new RankingSettings(0, 5, Map.of(
            RankingComponent.RECTIFICATION, new BigDecimal("40"), RankingComponent.ON_TIME, new BigDecimal("30"),
            RankingComponent.COMPLIANCE, new BigDecimal("20"), RankingComponent.TASKS, new BigDecimal("10")));

    static UnitFigures unit(long id, String type, Ratio rect, Ratio onTime, Ratio compliance, Ratio tasks) {
        Map<RankingComponent, Ratio> f = new EnumMap<>(RankingComponent.class);
        f.put(RankingComponent.RECTIFICATION, rect);
        f.put(RankingComponent.ON_TIME, onTime);
        f.put(RankingComponent.COMPLIANCE, compliance);
        f.put(RankingComponent.TASKS, tasks);
        return new UnitFigures(id, "u" + id, type, f);
    }

    @Test
    void componentsBelowTheMinimumAreInsufficientAndTheirWeightIsSpreadOverTheOthers() {
        // rectification 8/10 = 80, on-time 2/2 too few, compliance 18/20 = 90, tasks 0/0 too few:
        // (40 × 80 + 20 × 90) / (40 + 20) = 5000 / 60 = 83.33
        List<RankingEntry> ranked = RankingCalculator.rank(List.of(
                unit(1, "BUREAU", Ratio.of(8, 10), Ratio.of(2, 2), Ratio.of(18, 20), Ratio.of(0, 0))), SETTINGS);

        RankingEntry e = ranked.get(0);
        assertThat(e.score()).isEqualByComparingTo("83.33");
        assertThat(e.insufficient()).containsExactlyInAnyOrder(RankingComponent.ON_TIME, RankingComponent.TASKS,
                RankingComponent.VISITS, RankingComponent.REPORTS);
        assertThat(e.rank()).isEqualTo(1);
    }

    @Test
    void aUnitWithNoComponentAtTheMinimumIsNotScoredNorRankedNeverZero() {
        List<RankingEntry> ranked = RankingCalculator.rank(List.of(
                unit(1, "BUREAU", Ratio.of(1, 2), Ratio.of(0, 1), Ratio.of(0, 0), Ratio.of(3, 4)),
                unit(2, "BUREAU", Ratio.of(5, 10), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0))), SETTINGS);

        assertThat(ranked).extracting(RankingEntry::unitId).containsExactly(2L, 1L);
        assertThat(ranked.get(1).score()).isNull();
        assertThat(ranked.get(1).rank()).isNull();
        assertThat(ranked.get(0).score()).isEqualByComparingTo("50.00");
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<RankingEntry> ranked = RankingCalculator.rank(List.of(
                unit(1, "BUREAU", Ratio.of(9, 10), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0)),
                unit(2, "BUREAU", Ratio.of(18, 20), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0)),
                unit(3, "BUREAU", Ratio.of(5, 10), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0))), SETTINGS);

        assertThat(ranked).extracting(RankingEntry::rank).containsExactly(1, 1, 3);
    }

    @Test
    void unitsAreRankedWithinTheirTypeOnly() {
        List<RankingEntry> ranked = RankingCalculator.rank(List.of(
                unit(1, "BUREAU", Ratio.of(5, 10), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0)),
                unit(2, "DISTRICT", Ratio.of(9, 10), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0)),
                unit(3, "DISTRICT", Ratio.of(7, 10), Ratio.of(0, 0), Ratio.of(0, 0), Ratio.of(0, 0))), SETTINGS);

        assertThat(ranked).extracting(RankingEntry::unitId, RankingEntry::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1), org.assertj.core.groups.Tuple.tuple(2L, 1),
                        org.assertj.core.groups.Tuple.tuple(3L, 2));
    }

    @Test
    void aComponentWithZeroWeightIsShownButNotScored() {
        RankingSettings rectOnly = new RankingSettings(0, 1, Map.of(RankingComponent.RECTIFICATION, BigDecimal.ONE,
                RankingComponent.ON_TIME, BigDecimal.ZERO, RankingComponent.COMPLIANCE, BigDecimal.ZERO,
                RankingComponent.TASKS, BigDecimal.ZERO));
        RankingEntry e = RankingCalculator.rank(List.of(
                unit(1, "BUREAU", Ratio.of(2, 3), Ratio.of(0, 3), Ratio.of(0, 0), Ratio.of(0, 0))), rectOnly).get(0);

        assertThat(e.score()).isEqualByComparingTo("66.67");
    }
}
