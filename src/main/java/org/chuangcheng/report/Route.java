package org.chuangcheng.report;

/** Where a dispatched report goes: the unit, and on what ground (the office's rule, the checkpoint's unit). */
public record Route(Long unitId, Basis basis) {

    public enum Basis {
        RULE, CHECKPOINT;

        public String messageKey() {
            return "report.route." + name();
        }
    }
}
