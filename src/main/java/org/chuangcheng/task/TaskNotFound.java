package org.chuangcheng.task;

import org.chuangcheng.shared.NotFoundException;

/** No such task, or one the actor may not see (a liaison's unit neither leads nor helps with it). */
public class TaskNotFound extends NotFoundException {

    public TaskNotFound(Object id) {
        super("task", id);
    }
}
