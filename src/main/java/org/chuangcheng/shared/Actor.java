package org.chuangcheng.shared;

/**
 * Who is acting: the signed-in account as the rest of the application sees it. A liaison's reach is
 * limited to {@link #unitId()}; every service that reads or writes unit-owned records asks this.
 */
public record Actor(Long accountId, String username, String displayName, Role role, Long unitId)
        implements java.io.Serializable {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** Office staff and administrators see and change everything. */
    public boolean isOfficeOrAdmin() {
        return role == Role.OFFICE || role == Role.ADMIN;
    }

    /** Whether this actor is confined to the records of one unit. */
    public boolean isConfinedToUnit() {
        return role == Role.LIAISON;
    }

    /** Whether the actor may see a record owned by the given unit. Only liaisons are confined. */
    public boolean canSeeUnit(Long ownerUnitId) {
        return !isConfinedToUnit() || (unitId != null && unitId.equals(ownerUnitId));
    }
}
