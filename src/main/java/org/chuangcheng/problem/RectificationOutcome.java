package org.chuangcheng.problem;

/** The office's verdict on a unit's evidence; the return rate counts RETURNED over reviewed. */
public enum RectificationOutcome {
    PENDING, ACCEPTED, RETURNED;

    public String messageKey() {
        return "rectification.outcome." + name();
    }
}
