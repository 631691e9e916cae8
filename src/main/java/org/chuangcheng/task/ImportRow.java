package org.chuangcheng.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of an uploaded task book, as read and as understood.
 *
 * @param leadUnit the unit's name as found in the directory (the text of the file when unknown)
 * @param state    new, already imported (the same row is in the task book: skipped), a 合计/小计 row
 *                 (skipped: it adds other rows up), or invalid
 */
public record ImportRow(int rowNumber, String code, String content, String leadUnit, List<String> coUnits,
        LocalDate deadline, String deadlineText, BigDecimal targetQuantity, String measure, String workGroup,
        String indicator, State state, List<ImportProblem> problems) {

    public enum State {
        NEW, ALREADY_IMPORTED, TOTAL, INVALID;

        public String messageKey() {
            return "task.import.state." + name();
        }
    }

    /** A row that adds others up (合计, 小计): reported as skipped, never imported nor an error. */
    static ImportRow total(int rowNumber, String code, String label) {
        return new ImportRow(rowNumber, code, label, "", List.of(), null, "", null, null, "", "", State.TOTAL,
                List.of());
    }

    public boolean isInvalid() {
        return state == State.INVALID;
    }
}
