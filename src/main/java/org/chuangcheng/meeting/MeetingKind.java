package org.chuangcheng.meeting;

/** 周例会, 月专题会, 专题会. */
public enum MeetingKind {
    WEEKLY, MONTHLY, SPECIAL;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
