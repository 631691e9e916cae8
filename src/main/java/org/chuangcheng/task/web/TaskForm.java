package org.chuangcheng.task.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.task.Task;
import org.chuangcheng.task.TaskDetails;
import org.chuangcheng.task.TaskPriority;

/** A task written or corrected by hand by the office; the same fields as a task book's row. */
@Getter
@Setter
class TaskForm {

    private long version;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 100, message = "{validation.maxSize}")
    private String book;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 30, message = "{validation.maxSize}")
    private String code;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 200, message = "{validation.maxSize}")
    private String title;

    @Size(max = 2000, message = "{validation.maxSize}")
    private String content;

    @NotNull(message = "{validation.notNull}")
    private Long leadUnitId;

    private List<Long> coUnitIds = new ArrayList<>();

    private Long workGroupId;

    private Long indicatorId;

    @NotNull(message = "{task.validation.date}")
    private LocalDate startDate;

    @NotNull(message = "{task.validation.date}")
    private LocalDate deadline;

    @DecimalMin(value = "0", inclusive = false, message = "{task.validation.positive}")
    @Digits(integer = 12, fraction = 2, message = "{validation.number}")
    private BigDecimal targetQuantity;

    @Size(max = 20, message = "{validation.maxSize}")
    private String measure;

    @NotNull(message = "{validation.notNull}")
    private TaskPriority priority = TaskPriority.NORMAL;

    static TaskForm of(Task task) {
        TaskForm form = new TaskForm();
        form.version = task.getVersion();
        form.book = task.getBook();
        form.code = task.getCode();
        form.title = task.getTitle();
        form.content = task.getContent().equals(task.getTitle()) ? null : task.getContent();
        form.leadUnitId = task.getLeadUnit().getId();
        form.coUnitIds = new ArrayList<>(task.getCoUnits().stream().map(Unit::getId).toList());
        form.workGroupId = task.getWorkGroup() == null ? null : task.getWorkGroup().getId();
        form.indicatorId = task.getIndicator() == null ? null : task.getIndicator().getId();
        form.startDate = task.getStartDate();
        form.deadline = task.getDeadline();
        form.targetQuantity = task.getTargetQuantity() == null ? null : task.getTargetQuantity().stripTrailingZeros();
        form.measure = task.getMeasure();
        form.priority = task.getPriority();
        return form;
    }

    TaskDetails toDetails() {
        return new TaskDetails(book, code, title, content, indicatorId, workGroupId, leadUnitId, coUnitIds, startDate,
                deadline, targetQuantity, measure, priority);
    }
}
