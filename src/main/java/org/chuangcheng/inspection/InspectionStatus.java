package org.chuangcheng.inspection;

/** A draft can be saved and finished later; a finished inspection is fixed. */
public enum InspectionStatus {
    DRAFT, FINISHED;

    public String messageKey() {
        return "inspection.status." + name();
    }
}
