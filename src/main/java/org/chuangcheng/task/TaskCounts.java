package org.chuangcheng.task;

/**
 * A unit's task figures for its liaison's home page.
 *
 * @param open    not closed yet
 * @param overdue open past the deadline
 * @param stale   open without a progress report for too long (未报送)
 */
public record TaskCounts(long open, long overdue, long stale) {
}
