package org.chuangcheng.task;

/** The kinds of step on a task's timeline. */
public enum TaskEventType {
    CREATE, REPORT, REQUEST_ACCEPTANCE, CLOSE, RETURN, REASSIGN, REQUIRE_CONFIRMATION, CONFIRM_QUANTITY,
    /** Closed although the quantity done fell short of the target: the office confirmed it. */
    CLOSE_BELOW_TARGET, EDIT;

    public String messageKey() {
        return "task.event." + name();
    }
}
