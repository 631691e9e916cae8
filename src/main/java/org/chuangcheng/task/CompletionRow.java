package org.chuangcheng.task;

import org.chuangcheng.shared.Ratio;

/**
 * Task completion of one unit or work group over a period.
 *
 * @param id         the unit's or work group's id (null: tasks without a work group)
 * @param completion 任务完成率: closed / tasks due or closed in the period
 * @param onTime     按期完成率: closed with the accepted request made by the deadline / the same tasks
 */
public record CompletionRow(Long id, String name, Ratio completion, Ratio onTime) {
}
