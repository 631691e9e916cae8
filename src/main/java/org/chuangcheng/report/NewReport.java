package org.chuangcheng.report;

/** What a citizen sends: category, description, place and (optional) phone for the reward and the status page. */
public record NewReport(Long categoryId, String description, ReportPlace place, String phone) {
}
