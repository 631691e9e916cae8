package org.chuangcheng.problem;

/** The steps of a problem's life, each recorded as a {@link ProblemEvent}. */
public enum ProblemEventType {
    ASSIGN, SUBMIT, CLOSE, RETURN, REASSIGN, EXTEND, CANCEL;

    public String messageKey() {
        return "problem.event." + name();
    }
}
