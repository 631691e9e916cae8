package org.chuangcheng.task.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.task.TaskCounts;
import org.chuangcheng.task.TaskManagement;
import org.springframework.stereotype.Component;

/** The home page's task figures for the signed-in user: {@code ${@taskCards.mine()}}. */
@Component("taskCards")
@RequiredArgsConstructor
class TaskCards {

    private final TaskManagement tasks;

    public TaskCounts mine() {
        return tasks.counts(CurrentActor.get());
    }
}
