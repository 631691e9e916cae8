package org.chuangcheng.problem;

import java.time.LocalDate;

/** 整改反馈: the unit submitted evidence; the problem waits for the office's verification. */
public record RectificationSubmitted(Long problemId, Long unitId, Long checkpointId, LocalDate submittedOn,
        LocalDate deadline) {
}
