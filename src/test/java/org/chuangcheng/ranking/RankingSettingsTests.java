package org.chuangcheng.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights are shown the same way wherever they come from: two decimals. */
class RankingSettingsTests {

    @Test
    void weightsAreShownWithTwoDecimalsWhateverTheirScale() {
        RankingSettings settings = new RankingSettings(0, 5, Map.of(RankingComponent.RECTIFICATION, new BigDecimal("40"),
                RankingComponent.ON_TIME, new BigDecimal("30.5"), RankingComponent.COMPLIANCE, new BigDecimal("20.00")));
        assertThat(settings.weightText(RankingComponent.RECTIFICATION)).isEqualTo("40.00");
        assertThat(settings.weightText(RankingComponent.ON_TIME)).isEqualTo("30.50");
        assertThat(settings.weightText(RankingComponent.COMPLIANCE)).isEqualTo("20.00");
        assertThat(settings.weightText(RankingComponent.TASKS)).isEqualTo("0.00");
    }
}
