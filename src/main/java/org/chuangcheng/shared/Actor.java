package org.chuangcheng.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Who is acting: the signed-in account as the rest of the application sees it. Some actors are confined to
 * the records of a set of units ({@link #confinedUnitIds()}): a liaison to her own unit, a counselor to the
 * units her groups cover. Every service that reads or writes unit-owned records asks this one rule.
 *
 * @param scopeUnitIds the units a counselor's groups cover (districts with the units under them); empty for
 *                     everyone else
 */
public record Actor(Long accountId, String username, String displayName, Role role, Long unitId,
        Set<Long> scopeUnitIds) implements java.io.Serializable {

    /** No unit has this id (identities start at 1). */
    public static final Long NO_UNIT = 0L;

    public Actor {
        scopeUnitIds = scopeUnitIds == null ? Set.of() : Set.copyOf(scopeUnitIds);
    }

    /** An actor whose reach is decided by her role and unit alone (everyone but a counselor). */
    public Actor(Long accountId, String username, String displayName, Role role, Long unitId) {
        this(accountId, username, displayName, role, unitId, Set.of());
    }

    /** The same actor with the units her counselor groups cover now. */
    public Actor withScope(Set<Long> units) {
        return new Actor(accountId, username, displayName, role, unitId, units);
    }

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

    /**
     * Whether the actor works the whole campaign ({@link Role#CAMPAIGN}) and so opens its reference pages (units,
     * grids, categories, work groups) and its other features; a counselor opens only checkpoints, tasks, problems
     * and inspections. Pages ask this before they link to a unit, a grid or a category.
     */
    public boolean worksWholeCampaign() {
        return role.isCampaign();
    }

    /** Whether the actor records inspections (an inspector, a counselor at her groups' checkpoints, the office). */
    public boolean recordsInspections() {
        return role == Role.INSPECTOR || role == Role.COUNSELOR || isOfficeOrAdmin();
    }

    /** Whether this actor is confined to the records of some units (a liaison, a counselor). */
    public boolean isConfinedToUnit() {
        return role == Role.LIAISON || role == Role.COUNSELOR;
    }

    /**
     * The units whose records alone this actor reads, or null when she is not confined (office, leaders,
     * inspectors, administrators). Never empty: an actor confined to nothing gets {@link #NO_UNIT}, which owns
     * nothing, so every query that filters by these ids then finds nothing.
     */
    public Set<Long> confinedUnitIds() {
        if (!isConfinedToUnit()) {
            return null;
        }
        if (role == Role.COUNSELOR) {
            return scopeUnitIds.isEmpty() ? Set.of(NO_UNIT) : scopeUnitIds;
        }
        return Set.of(unitId == null ? NO_UNIT : unitId);
    }

    /**
     * The one unit a liaison works for, or null when the actor is not confined. A counselor acts for no unit
     * (she reads several): she gets {@link #NO_UNIT}, so a one-unit query or a unit's own step (submitting
     * evidence, reporting progress) finds nothing of hers; reads use {@link #confinedUnitIds()}.
     */
    public Long confinedUnitId() {
        if (!isConfinedToUnit()) {
            return null;
        }
        return role == Role.LIAISON && unitId != null ? unitId : NO_UNIT;
    }

    /**
     * The units to bind as a query's scope, written {@code (:everyUnit = true or x.unit.id in :scopeUnits)} with
     * {@code everyUnit = !isConfinedToUnit()}: the confined units, or a placeholder that the query never reads
     * (an empty list cannot be bound).
     */
    public Set<Long> scopeUnits() {
        return isConfinedToUnit() ? confinedUnitIds() : Set.of(NO_UNIT);
    }

    /**
     * The unit a list may be filtered by: the one asked for when the actor may see its records, otherwise none,
     * so that a unit outside her reach typed into a URL is ignored and her list says nothing about it.
     */
    public Long reachableUnit(Long requested) {
        return requested != null && canSeeUnit(requested) ? requested : null;
    }

    /** Whether the actor may see a record owned by the given unit. */
    public boolean canSeeUnit(Long ownerUnitId) {
        return !isConfinedToUnit() || confinedUnitIds().contains(ownerUnitId);
    }

    /** Whether the actor may see a record that several units share (a task's lead and co-units). */
    public boolean canSeeAnyUnit(Collection<Long> ownerUnitIds) {
        return !isConfinedToUnit() || ownerUnitIds.stream().anyMatch(confinedUnitIds()::contains);
    }
}
