package org.chuangcheng.problem;

/** The figures of a workspace card: open, due soon, overdue, returned and waiting for verification. */
public record ProblemCounts(long open, long dueSoon, long overdue, long returned, long pending) {
}
