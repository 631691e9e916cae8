package org.chuangcheng.shared;

/**
 * Who is acting: the signed-in account as the rest of the application sees it. A liaison's reach is
 * limited to {@link #unitId()}; every service that reads or writes unit-owned records asks this.
 */
public record Actor(Long accountId, String username, String displayName, Role role, Long unitId)
        implements java.io.Serializable {

    /** No unit has this id (identities start at 1). */
    public static final Long NO_UNIT = 0L;

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /**
     * Whether the actor has one of the roles, named as in {@code hasAnyRole(...)}. Templates that render on
     * every page ask this ({@code ${actor.hasAnyRole('OFFICE','ADMIN')}}) rather than {@code sec:authorize}, which
     * builds a Spring Security evaluation context for each check: ten checks were a sixth of the home page's time.
     */
    public boolean hasAnyRole(String... roles) {
        for (String candidate : roles) {
            if (role.name().equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Office staff and administrators see and change everything. */
    public boolean isOfficeOrAdmin() {
        return role == Role.OFFICE || role == Role.ADMIN;
    }

    /** Whether this actor is confined to the records of one unit. */
    public boolean isConfinedToUnit() {
        return role == Role.LIAISON;
    }

    /**
     * The unit whose records alone this actor reads and changes, or null when she is not confined (office,
     * leaders, inspectors, administrators). A liaison whose account lost its unit is confined to
     * {@link #NO_UNIT}, which owns nothing: every query that filters by this id then finds nothing.
     */
    public Long confinedUnitId() {
        if (!isConfinedToUnit()) {
            return null;
        }
        return unitId == null ? NO_UNIT : unitId;
    }

    /** Whether the actor may see a record owned by the given unit. Only liaisons are confined. */
    public boolean canSeeUnit(Long ownerUnitId) {
        return !isConfinedToUnit() || confinedUnitId().equals(ownerUnitId);
    }
}
