package org.chuangcheng.checkpoint;

/** How bad it is when a standard is not met (reference data's default; a problem may differ). */
public enum Severity {
    MINOR, GENERAL, SERIOUS;

    public String messageKey() {
        return "severity." + name();
    }
}
