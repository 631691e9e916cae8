package org.chuangcheng.task;

/** How urgent the office considers a task. */
public enum TaskPriority {
    HIGH, NORMAL, LOW;

    public String messageKey() {
        return "task.priority." + name();
    }
}
