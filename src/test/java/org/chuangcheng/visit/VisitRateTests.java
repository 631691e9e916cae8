package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.visit.VisitCompliance.Pairing;
import org.junit.jupiter.api.Test;

/** 走访率 counts pairings visited at least once, not visits; over no pairings it is no number. */
class VisitRateTests {

    static Pairing pairing(long checkpoint, long leader, long visits) {
        return new Pairing(checkpoint, "点位" + checkpoint, leader, "领导" + leader, 1L, "单位", 1L, visits,
                visits > 0 ? LocalDate.of(2026, 5, 3) : null);
    }

    @Test
    void threeOfSevenPairingsVisitedIs42Point86PercentHowEverOftenTheyWereVisited() {
        List<Pairing> pairings = List.of(pairing(1, 1, 4), pairing(2, 1, 1), pairing(3, 2, 1), pairing(4, 2, 0),
                pairing(5, 3, 0), pairing(6, 3, 0), pairing(7, 4, 0));
        assertThat(VisitCompliance.rate(pairings).numerator()).isEqualTo(3);
        assertThat(VisitCompliance.rate(pairings).denominator()).isEqualTo(7);
        assertThat(VisitCompliance.rate(pairings).percent()).contains(new BigDecimal("42.86"));
    }

    @Test
    void noPairingsIsNoRate() {
        assertThat(VisitCompliance.rate(List.of()).format()).isEqualTo("—");
    }
}
