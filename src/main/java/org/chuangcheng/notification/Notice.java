package org.chuangcheng.notification;

import java.time.LocalDate;

/**
 * What to tell people about a record. {@code step} tells sends about the same record and kind apart (the day of a
 * return, the deadline a reminder is about, the level of the ladder): the same notice sent again is a no-op.
 */
record Notice(NotificationKind kind, Long recordId, String step, String subject, LocalDate dueOn,
        Integer workingDays, String body) {

    static Notice of(NotificationKind kind, Long recordId, Object step, String subject, LocalDate dueOn) {
        return new Notice(kind, recordId, String.valueOf(step), subject, dueOn, null, null);
    }

    String dedupKey() {
        return kind + ":" + recordId + ":" + step;
    }
}
