package org.chuangcheng.problem;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by features that have something to add to a problem's timeline, so that the problem feature
 * shows it without depending on them. Called only for a problem the reader may already see.
 */
public interface TimelineNotes {

    /** The notes about the problem, oldest first. */
    List<TimelineNote> notesFor(Long problemId, Locale locale);
}
