package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTests {

    @Test
    void theSeedExampleIs69Point28Percent() {
        Rate rate = new Rate(203, 293);
        assertThat(rate.percent()).contains(new BigDecimal("69.28"));
        assertThat(rate.format()).isEqualTo("69.28%");
    }

    @Test
    void aRateOverNothingIsADashNeverZeroOrAHundredPercent() {
        Rate none = new Rate(0, 0);
        assertThat(none.percent()).isEmpty();
        assertThat(none.percentOrNull()).isNull();
        assertThat(none.format()).isEqualTo("—");
    }

    @Test
    void percentagesHaveTwoDecimalsRoundedHalfUp() {
        assertThat(new Rate(0, 5).format()).isEqualTo("0.00%");
        assertThat(new Rate(5, 5).format()).isEqualTo("100.00%");
        assertThat(new Rate(2, 3).format()).isEqualTo("66.67%");
        assertThat(new Rate(1, 6).format()).isEqualTo("16.67%");
        // 0.125 % exactly: half-up gives 0.13 where banker's rounding would give 0.12
        assertThat(new Rate(1, 800).format()).isEqualTo("0.13%");
        assertThat(new Rate(3, 800).format()).isEqualTo("0.38%");
    }

    @Test
    void aRateCountsItemsAndCannotExceedItsDenominator() {
        assertThatThrownBy(() -> new Rate(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRectificationRateDividesByProblemsWithADeadlineNotByAllAssigned() {
        Figures figures = new Figures(357, 293, 203, 293, 180, 90, 10, 3, 11, 15);
        assertThat(figures.rectificationRate().format()).isEqualTo("69.28%");
        assertThat(figures.onTimeRate()).isEqualTo(new Rate(180, 293));
        assertThat(figures.returnRate().format()).isEqualTo("30.00%");
        assertThat(figures.compliance().format()).isEqualTo("73.33%");
    }

    @Test
    void groupsAndColumnsReadTheirUrlNames() {
        assertThat(GroupBy.fromParam("unit")).contains(GroupBy.UNIT);
        assertThat(GroupBy.fromParam("MONTH")).contains(GroupBy.MONTH);
        assertThat(GroupBy.fromParam("week")).isEmpty();
        assertThat(RateColumn.fromParam("rectificationRate")).contains(RateColumn.RECTIFICATION_RATE);
        assertThat(RateColumn.RECTIFICATION_RATE.param()).isEqualTo("rectificationRate");
        assertThat(RateColumn.fromParam("nope")).isEmpty();
    }
}
