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

    public long countInvalid() {
        return rows.stream().filter(ImportRow::isInvalid).count();
    }
}
