package org.chuangcheng.notification;

/**
 * What a notification is about. Its message is {@code notification.kind.<NAME>} with the subject, the due day
 * and the working days overdue as arguments; urgent kinds are delivered outside working hours too.
 */
public enum NotificationKind {
    PROBLEM_ASSIGNED(Record.PROBLEM, false),
    PROBLEM_RETURNED(Record.PROBLEM, false),
    PROBLEM_REASSIGNED_AWAY(Record.PROBLEM, false),
    PROBLEM_CLOSED(Record.PROBLEM, false),
    DEADLINE_EXTENDED(Record.PROBLEM, false),
    EVIDENCE_SUBMITTED(Record.PROBLEM, false),
    DEADLINE_SOON(Record.PROBLEM, false),
    DEADLINE_PASSED(Record.PROBLEM, true),
    OVERDUE_LIAISON(Record.PROBLEM, true),
    OVERDUE_HEAD(Record.PROBLEM, true),
    OVERDUE_OFFICE(Record.PROBLEM, true),
    TASK_ASSIGNED(Record.TASK, false),
    TASK_REASSIGNED_AWAY(Record.TASK, false),
    TASK_ACCEPTANCE_REQUESTED(Record.TASK, false),
    TASK_ACCEPTED(Record.TASK, false),
    TASK_RETURNED(Record.TASK, false),
    TASK_SILENT(Record.TASK, false),
    MONTH_CLOSING(Record.NONE, false),
    DAILY_DIGEST(Record.DIGEST, false),
    WEEKLY_DIGEST(Record.DIGEST, false),
    DELIVERY_FAILED(Record.NONE, false);

    /** The kind of record a notification links to. */
    enum Record { PROBLEM, TASK, DIGEST, NONE }

    private final Record record;
    private final boolean urgent;

    NotificationKind(Record record, boolean urgent) {
        this.record = record;
        this.urgent = urgent;
    }

    Record record() {
        return record;
    }

    public boolean isUrgent() {
        return urgent;
    }

    /** Whether this is a time-based reminder about a problem, shown on the problem's timeline. */
    public boolean isProblemReminder() {
        return this == DEADLINE_SOON || this == DEADLINE_PASSED || this == OVERDUE_LIAISON || this == OVERDUE_HEAD
                || this == OVERDUE_OFFICE;
    }

    /** The application path of the record, relative to the context path. */
    public String link(Long recordId) {
        return switch (record) {
            case PROBLEM -> "/problems/" + recordId;
            case TASK -> "/tasks/" + recordId;
            case DIGEST -> "/notifications/" + recordId;
            case NONE -> this == MONTH_CLOSING ? "/tasks" : "/notifications";
        };
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
