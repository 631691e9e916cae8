package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaskCompletionTests {

    @Test
    void isAPercentageWithTwoDecimalsRoundedHalfUp() {
        assertThat(new TaskCompletion(203, 293).percent()).isEqualByComparingTo("69.28");
        assertThat(new TaskCompletion(1, 8).percent()).hasToString("12.50");
        assertThat(new TaskCompletion(1, 3).display()).isEqualTo("33.33%");
        assertThat(new TaskCompletion(2, 3).display()).isEqualTo("66.67%");
        assertThat(new TaskCompletion(5, 5).display()).isEqualTo("100.00%");
    }

    @Test
    void overZeroTasksThereIsNoRate() {
        assertThat(new TaskCompletion(0, 0).percent()).isNull();
        assertThat(new TaskCompletion(0, 0).display()).isEqualTo("—");
        assertThat(new TaskCompletion(0, 4).display()).isEqualTo("0.00%");
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> new TaskCompletion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
