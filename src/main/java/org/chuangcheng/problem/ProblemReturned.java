package org.chuangcheng.problem;

import java.time.LocalDate;

/** 退回: the office rejected the evidence; the unit must submit again. */
public record ProblemReturned(Long problemId, Long unitId, Long checkpointId, LocalDate returnedOn) {
}
