package org.chuangcheng.task;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Implemented by features that have something to add to a task's timeline (the reminders sent about it, and
 * whether they were delivered), so that the task feature shows it without depending on them. Called only for a
 * task the reader may already see.
 */
public interface TaskTimelineNotes {

    /** A line on the task's timeline, already in the reader's language. */
    record Note(Instant at, String title, String detail) {
    }

    /** The notes about the task, oldest first. */
    List<Note> taskNotes(Long taskId, Locale locale);
}
