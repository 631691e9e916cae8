package org.chuangcheng.inspection;

import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.shared.IllegalStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.Severity;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

/** 达标率 of an inspection: passed / assessed, not-applicable excluded, "—" when nothing was assessed. */
class InspectionComplianceTests {

    static final Actor INSPECTOR = new Actor(11L, "inspector", "赵督查", Role.INSPECTOR, null);

    static List<Standard> standards(int n) {
        List<Standard> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Standard s = BeanUtils.instantiateClass(Standard.class);
            ReflectionTestUtils.setField(s, "id", (long) i);
            ReflectionTestUtils.setField(s, "severity", Severity.GENERAL);
            list.add(s);
        }
        return list;
    }

    static Inspection inspect(ItemResult... results) {
        List<Standard> checklist = standards(results.length);
        Inspection inspection = new Inspection(new Checkpoint("x", null, null, "y", null), checklist, INSPECTOR);
        Map<Long, ItemResult> map = new HashMap<>();
        for (int i = 0; i < results.length; i++) {
            map.put((long) i + 1, results[i]);
        }
        inspection.record(InspectionType.ROUTINE, Instant.now(), "赵督查", null, null, null, map, Map.of());
        return inspection;
    }

    @Test
    void notApplicableItemsAreLeftOut() {
        Inspection i = inspect(ItemResult.PASS, ItemResult.PASS, ItemResult.FAIL, ItemResult.NOT_APPLICABLE);
        i.finish(Instant.now());
        assertThat(i.getPassedCount()).isEqualTo(2);
        assertThat(i.getAssessedCount()).isEqualTo(3);
        assertThat(i.compliance().format()).isEqualTo("66.67%");
        assertThat(i.failedItems()).hasSize(1);
    }

    @Test
    void nothingAssessedIsADashNotZeroOrHundred() {
        Inspection i = inspect(ItemResult.NOT_APPLICABLE, ItemResult.NOT_APPLICABLE);
        i.finish(Instant.now());
        assertThat(i.compliance().format()).isEqualTo("—");
    }

    @Test
    void finishingNeedsEveryItemAndHappensOnce() {
        Inspection i = inspect(ItemResult.PASS, null);
        assertThatThrownBy(() -> i.finish(Instant.now())).isInstanceOf(IllegalStep.class)
                .hasMessage("inspection.items.incomplete");
        assertThat(i.isDraft()).isTrue();
        Inspection done = inspect(ItemResult.PASS);
        done.finish(Instant.now());
        assertThatThrownBy(() -> done.finish(Instant.now())).hasMessage("inspection.alreadyFinished");
        assertThatThrownBy(() -> done.record(InspectionType.ROUTINE, Instant.now(), "x", null, null, null, Map.of(),
                Map.of())).hasMessage("inspection.alreadyFinished");
    }

    @Test
    void aFailedStandardsSeverityGivesTheProblemsClass() {
        assertThat(ProblemSeverity.of(Severity.MINOR)).isEqualTo(ProblemSeverity.IMMEDIATE);
        assertThat(ProblemSeverity.of(Severity.GENERAL)).isEqualTo(ProblemSeverity.GENERAL);
        assertThat(ProblemSeverity.of(Severity.SERIOUS)).isEqualTo(ProblemSeverity.MAJOR);
    }
}
