package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCategory;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The ledger streams: 100,000 rows are written without holding them in memory. */
class ProblemLedgerTests {

    @Test
    void writesAHundredThousandRowsThroughASlidingWindow() throws Exception {
        Unit district = new Unit("城关区", null, UnitType.DISTRICT, null);
        CheckpointCategory category = BeanUtils.instantiateClass(CheckpointCategory.class);
        ReflectionTestUtils.setField(category, "nameZh", "农贸市场");
        ReflectionTestUtils.setField(category, "nameEn", "Market");
        Checkpoint checkpoint = new Checkpoint("城关解放农贸市场", category, district, "解放路1号", ProblemTests.MARKET);
        ReflectionTestUtils.setField(checkpoint, "district", district);
        Problem problem = Problem.assign(ProblemOrigin.INSPECTION, null, checkpoint, null, "摊位占道经营",
                ProblemTests.MARKET, ProblemSeverity.GENERAL, LocalDate.of(2026, 3, 9), List.of(), ProblemTests.OFFICE,
                ProblemTests.on(LocalDate.of(2026, 3, 2)));
        ReflectionTestUtils.setField(problem, "id", 1L);
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        long[] bytes = {0};
        try (ProblemLedger ledger = new ProblemLedger(messages, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 3, 20))) {
            for (int i = 0; i < 100_000; i++) {
                ledger.add(problem);
            }
            assertThat(ledger.rows()).isEqualTo(100_000);
            ledger.write(new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            });
        }
        assertThat(bytes[0]).isGreaterThan(100_000);
    }
}
