package org.chuangcheng.problem.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Several problems selected in the office workspace and what to do with them. */
@Getter
@Setter
class BulkForm {

    private List<Long> ids = new ArrayList<>();

    /** reassign or extend */
    private String operation;

    private Long unitId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private String reason;

    /** the list to go back to, with its filters */
    private String back;
}
