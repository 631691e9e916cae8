package org.chuangcheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTests {

    @Test
    void seedExampleIsClosedOverWithDeadline() {
        assertThat(Ratio.of(203, 293).percent()).contains(new BigDecimal("69.28"));
        assertThat(Ratio.of(203, 293).format()).isEqualTo("69.28%");
    }

    @Test
    void roundsHalfUp() {
        // 1/8 = 12.5 % exactly; 1/16 = 6.25 %; 1/32 = 3.125 % → 3.13 half-up
        assertThat(Ratio.of(1, 32).format()).isEqualTo("3.13%");
        assertThat(Ratio.of(2, 3).format()).isEqualTo("66.67%");
    }

    @Test
    void zeroOverZeroIsADash() {
        assertThat(Ratio.of(0, 0).percent()).isEmpty();
        assertThat(Ratio.of(0, 0).format()).isEqualTo("—");
        assertThat(Ratio.of(0, 0).isDefined()).isFalse();
    }

    @Test
    void zeroAndFullAreRealFigures() {
        assertThat(Ratio.of(0, 5).format()).isEqualTo("0.00%");
        assertThat(Ratio.of(5, 5).format()).isEqualTo("100.00%");
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of(3, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of(-1, 2));
    }

    @Test
    void halfUpNotBankersRoundingAndNullForCharts() {
        // 0.125 % exactly: half-up gives 0.13 where banker's rounding would give 0.12
        assertThat(Ratio.of(1, 800).format()).isEqualTo("0.13%");
        assertThat(Ratio.of(0, 0).percentOrNull()).isNull();
        assertThat(Ratio.of(1, 8).percentOrNull()).hasToString("12.50");
    }
}
