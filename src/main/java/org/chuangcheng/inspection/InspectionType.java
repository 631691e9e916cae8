package org.chuangcheng.inspection;

/** The kinds of inspection: 日常督导, 专项督查, 月度测评, 第三方测评. */
public enum InspectionType {
    ROUTINE, SPECIAL, MONTHLY, THIRD_PARTY;

    public String messageKey() {
        return "inspection.type." + name();
    }
}
