package org.chuangcheng.inspection;

/** How one standard of the checklist was found. Not-applicable items do not count for compliance. */
public enum ItemResult {
    PASS, FAIL, NOT_APPLICABLE;

    public String messageKey() {
        return "inspection.result." + name();
    }
}
