package org.chuangcheng.task;

import java.util.List;

/**
 * The columns of a task book workbook. The first name is the template's header; the others are
 * spellings found in real task books (and the English headers of an export), recognised on import.
 */
public enum TaskBookColumn {
    CODE(true, "序号", "编号", "任务编号", "No.", "Code"),
    CONTENT(true, "任务内容", "工作任务", "任务", "工作内容", "具体任务", "Task", "Content"),
    LEAD_UNIT(true, "牵头单位", "责任单位", "牵头部门", "责任部门", "Lead unit"),
    CO_UNITS(false, "配合单位", "协办单位", "配合部门", "Co-units"),
    DEADLINE(true, "完成时限", "完成时间", "时限", "完成期限", "Deadline"),
    TARGET(false, "目标数量", "数量", "目标", "Target"),
    MEASURE(false, "计量单位", "单位", "Measure"),
    WORK_GROUP(false, "工作组", "责任组", "Work group"),
    INDICATOR(false, "测评指标", "指标", "测评内容", "对应指标", "Indicator");

    private final boolean required;
    private final List<String> headers;

    TaskBookColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean isRequired() {
        return required;
    }

    /** The header of the downloadable template. */
    public String header() {
        return headers.get(0);
    }

    boolean matches(String header) {
        String key = NameIndex.key(header).replace("*", "");
        return headers.stream().anyMatch(h -> NameIndex.key(h).equals(key));
    }

    public String messageKey() {
        return "task.column." + name();
    }
}
