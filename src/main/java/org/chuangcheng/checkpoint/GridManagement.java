package org.chuangcheng.checkpoint;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Changes;
import org.chuangcheng.shared.NotPermitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grids (网格). The office and administrators divide districts into grids and place checkpoints in them;
 * everyone signed in reads them (a liaison sees only her unit's checkpoints in a grid).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class GridManagement {

    private final Grids grids;
    private final Checkpoints checkpoints;
    private final UnitManagement units;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public List<Grid> search(Long districtId) {
        return grids.search(districtId);
    }

    @Transactional(readOnly = true)
    public Grid get(Long id) {
        return grids.findWithDetailsById(id).orElseThrow(() -> new GridNotFound(id));
    }

    /** The grid's active checkpoints the actor may see, by name. */
    @Transactional(readOnly = true)
    public List<Checkpoint> checkpointsOf(Actor actor, Long gridId) {
        return checkpoints.findByGridIdAndActiveTrueOrderByName(gridId).stream()
                .filter(c -> actor.canSeeUnit(c.getResponsibleUnit().getId()))
                .toList();
    }

    public Grid create(Actor actor, GridDetails details) {
        requireOffice(actor);
        Unit district = units.get(details.districtId());
        if (district.getType() != UnitType.DISTRICT) {
            throw new BusinessRuleException("checkpoint.district.notDistrict").concerning("districtId");
        }
        Grid grid = new Grid(district);
        apply(grid, details);
        Grid saved = grids.save(grid);
        events.publishEvent(AuditEvents.of(actor, "GRID_CREATED", target(saved), Changes.describe(state(saved))));
        return saved;
    }

    public Grid update(Actor actor, Long id, long version, GridDetails details) {
        requireOffice(actor);
        Grid grid = get(id);
        if (grid.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Grid.class, id);
        }
        Map<String, Object> before = state(grid);
        apply(grid, details);
        Changes changes = Changes.between(before, state(grid));
        if (!changes.isEmpty()) {
            events.publishEvent(AuditEvents.of(actor, "GRID_CHANGED", target(grid), changes.toString()));
        }
        return grids.saveAndFlush(grid);
    }

    /**
     * Places the checkpoints in the grid (and takes the grid's other checkpoints out of it): all of them must lie
     * in the grid's district, or none is placed.
     */
    public int place(Actor actor, Long gridId, long version, Collection<Long> checkpointIds) {
        requireOffice(actor);
        Grid grid = get(gridId);
        if (grid.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Grid.class, gridId);
        }
        List<Checkpoint> chosen = checkpoints.findAllById(checkpointIds);
        for (Checkpoint c : chosen) {
            if (!c.getDistrict().getId().equals(grid.getDistrict().getId())) {
                throw new BusinessRuleException("grid.checkpoint.otherDistrict");
            }
        }
        List<Checkpoint> previous = checkpoints.findByGridIdAndActiveTrueOrderByName(gridId);
        for (Checkpoint c : previous) {
            c.placeIn(null);
        }
        chosen.forEach(c -> c.placeIn(grid));
        auditMembership(actor, grid, previous, chosen);
        // the grid's membership changed: the next stale placement (or edit) of this grid is refused
        entityManager.lock(grid, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return chosen.size();
    }

    private void apply(Grid grid, GridDetails d) {
        String name = d.name().trim();
        boolean renamed = grid.isNew() || !grid.getName().equalsIgnoreCase(name);
        if (renamed && grids.existsByDistrictIdAndNameIgnoreCase(grid.getDistrict().getId(), name)) {
            throw new BusinessRuleException("grid.name.taken", name).concerning("name");
        }
        grid.change(name, units.get(d.responsibleUnitId()), d.responsiblePerson().trim(),
                d.phone() == null || d.phone().isBlank() ? null : d.phone().trim());
    }

    /** What the audit log shows of a grid, before and after an edit. */
    private static Map<String, Object> state(Grid grid) {
        Map<String, Object> state = Changes.snapshot();
        state.put("name", grid.getName());
        state.put("district", grid.getDistrict().getName());
        state.put("responsibleUnit", grid.getResponsibleUnit().getName());
        state.put("responsiblePerson", grid.getResponsiblePerson());
        state.put("phone", grid.getPhone());
        return state;
    }

    /**
     * The checkpoints taken into and out of the grid ("added #12 公园; removed #7 菜场"): a grid holds dozens of
     * checkpoints, so the whole list before and after would bury the change (and overflow the log's detail).
     */
    private void auditMembership(Actor actor, Grid grid, List<Checkpoint> before, List<Checkpoint> after) {
        Set<String> was = labels(before);
        Set<String> is = labels(after);
        Set<String> added = new TreeSet<>(is);
        added.removeAll(was);
        Set<String> removed = new TreeSet<>(was);
        removed.removeAll(is);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        String detail = (added.isEmpty() ? "" : "added " + String.join(", ", added))
                + (added.isEmpty() || removed.isEmpty() ? "" : "; ")
                + (removed.isEmpty() ? "" : "removed " + String.join(", ", removed));
        events.publishEvent(AuditEvents.of(actor, "GRID_CHECKPOINTS_CHANGED", target(grid), detail));
    }

    private static Set<String> labels(List<Checkpoint> list) {
        Set<String> labels = new TreeSet<>();
        list.forEach(c -> labels.add("#" + c.getId() + " " + c.getName()));
        return labels;
    }

    private static String target(Grid grid) {
        return "grid #" + grid.getId() + " " + grid.getName();
    }

    private static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("grid.notPermitted");
        }
    }
}
