package org.chuangcheng.report;

/** Where a report came in: the public page or an Open311 client. */
public enum ReportSource {
    WEB, OPEN311
}
