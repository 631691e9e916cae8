package org.chuangcheng.problem;

import org.chuangcheng.checkpoint.Severity;

/**
 * A problem's deadline class: 立行立改, 一般, 较重 (1, 5, 15 working days by default, see
 * {@link DeadlinePolicy}), or 长期 (carried over into the annual plan, no deadline).
 */
public enum ProblemSeverity {
    IMMEDIATE, GENERAL, MAJOR, LONG_TERM;

    /** The class a failed standard's problem starts in, from the standard's default severity. */
    public static ProblemSeverity of(Severity standardSeverity) {
        return switch (standardSeverity) {
            case MINOR -> IMMEDIATE;
            case GENERAL -> GENERAL;
            case SERIOUS -> MAJOR;
        };
    }

    public String messageKey() {
        return "problem.severity." + name();
    }
}
