package org.chuangcheng.problem;

/** Where a problem came from. */
public enum ProblemOrigin {
    INSPECTION, CITIZEN_REPORT, MANUAL, VISIT, MEETING;

    public String messageKey() {
        return "problem.origin." + name();
    }
}
