package org.chuangcheng.task;

/** Where a task stands (DOMAIN.md "Life cycles"). Overdue is not a status: it is derived from the deadline. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, PENDING_ACCEPTANCE, CLOSED;

    public String messageKey() {
        return "task.status." + name();
    }

    /** Bootstrap colour of the status badge. */
    public String badge() {
        return switch (this) {
            case NOT_STARTED -> "text-bg-secondary";
            case IN_PROGRESS -> "text-bg-primary";
            case PENDING_ACCEPTANCE -> "text-bg-warning";
            case CLOSED -> "text-bg-success";
        };
    }
}
