package org.chuangcheng.rates;

import static org.assertj.core.api.Assertions.assertThat;

import org.chuangcheng.shared.Ratio;
import org.junit.jupiter.api.Test;

/** The figures of one group, and the names the rates page uses in its URLs. */
class FiguresTests {

    @Test
    void theRectificationRateDividesByProblemsWithADeadlineNotByAllAssigned() {
        Figures figures = new Figures(357, 293, 203, 293, 180, 90, 10, 3, 11, 15);
        assertThat(figures.rectificationRate().format()).isEqualTo("69.28%");
        assertThat(figures.onTimeRate()).isEqualTo(new Ratio(180, 293));
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
