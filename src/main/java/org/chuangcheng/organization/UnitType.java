package org.chuangcheng.organization;

/** Kinds of responsible unit. Districts also serve as the geographic split of checkpoints. */
public enum UnitType {
    BUREAU, DISTRICT, STREET, COMMUNITY, ENTERPRISE, OTHER;

    public String messageKey() {
        return "unit.type." + name();
    }
}
