package org.chuangcheng.task;

/** The kinds of step on a task's timeline. */
public enum TaskEventType {
    CREATE, REPORT, REQUEST_ACCEPTANCE, CLOSE, RETURN, REASSIGN, REQUIRE_CONFIRMATION, CONFIRM_QUANTITY;

    public String messageKey() {
        return "task.event." + name();
    }
}
