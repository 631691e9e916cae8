/**
 * Citizen reports (随手拍): the public reporting page and ticket status, the office's review, merge, dispatch
 * into the rectification loop (through {@link org.chuangcheng.problem.ProblemManagement}) and reply, rewards,
 * the channel's figures ({@link org.chuangcheng.report.ReportFigures}) and the Open311 GeoReport v2 API.
 */
package org.chuangcheng.report;
