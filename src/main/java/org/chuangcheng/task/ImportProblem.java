package org.chuangcheng.task;

/**
 * Why a row (or the whole file) cannot be imported: the row number as Excel shows it, the column, and
 * the reason as a message key with its arguments.
 *
 * @param rowNumber 1-based, as in Excel; 0 for a problem with the whole file
 * @param column    null when the problem is not in one column
 */
public record ImportProblem(int rowNumber, TaskBookColumn column, String messageKey, Object... arguments) {
}
