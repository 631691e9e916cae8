package org.chuangcheng.task;

import java.util.List;
import java.util.stream.Stream;

/**
 * What an upload would do, row by row, before anything is saved. It may be imported only when no row and
 * nothing about the file is wrong: a task book goes in whole or not at all.
 */
public record ImportPreview(String book, int year, List<ImportRow> rows, List<ImportProblem> fileProblems) {

    public boolean isImportable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().noneMatch(ImportRow::isInvalid);
    }

    /** Every problem: the file's first, then each row's in row order. */
    public List<ImportProblem> problems() {
        return Stream.concat(fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream())).toList();
    }

    public long countNew() {
        return rows.stream().filter(r -> r.state() == ImportRow.State.NEW).count();
    }

    public long countAlreadyImported() {
        return rows.stream().filter(r -> r.state() == ImportRow.State.ALREADY_IMPORTED).count();
    }

    /** Rows that add others up (合计, 小计), skipped. */
    public long countTotals() {
        return rows.stream().filter(r -> r.state() == ImportRow.State.TOTAL).count();
    }

    /** The unit names the directory does not know, in the order the file first uses them. */
    public List<String> unknownUnits() {
        return namesOf("task.import.unknownUnit");
    }

    /** The work group names the directory does not know, in the order the file first uses them. */
    public List<String> unknownGroups() {
        return namesOf("task.import.unknownGroup");
    }

    private List<String> namesOf(String messageKey) {
        return problems().stream().filter(p -> p.messageKey().equals(messageKey))
                .map(p -> String.valueOf(p.arguments()[0])).distinct().toList();
    }

    public long countInvalid() {
        return rows.stream().filter(ImportRow::isInvalid).count();
    }
}
