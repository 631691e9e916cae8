package org.chuangcheng.report.web;

import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.report.RejectReason;

/** One form for the office's steps on a report; each step reads the fields it needs. */
@Getter
@Setter
class ReportActionForm {

    private long version;
    private String comment;
    private RejectReason reason;
    private Long earlierId;
    private Long problemId;
    private Long checkpointId;
    private Long unitId;
    private String reply;
}
