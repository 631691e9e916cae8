package org.chuangcheng.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of an uploaded task book, as read and as understood.
 *
 * @param leadUnit the unit's name as found in the directory (the text of the file when unknown)
 * @param state    new, already imported (the same row is in the task book: skipped), or invalid
 */
public record ImportRow(int rowNumber, String code, String content, String leadUnit, List<String> coUnits,
        LocalDate deadline, String deadlineText, BigDecimal targetQuantity, String measure, String workGroup,
        String indicator, State state, List<ImportProblem> problems) {

    public enum State {
        NEW, ALREADY_IMPORTED, INVALID;

        public String messageKey() {
            return "task.import.state." + name();
        }
    }

    public boolean isInvalid() {
        return state == State.INVALID;
    }
}
