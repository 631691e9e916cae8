package org.chuangcheng.checkpoint;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
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
        return grids.save(grid);
    }

    public Grid update(Actor actor, Long id, long version, GridDetails details) {
        requireOffice(actor);
        Grid grid = get(id);
        if (grid.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Grid.class, id);
        }
        apply(grid, details);
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
        for (Checkpoint c : checkpoints.findByGridIdAndActiveTrueOrderByName(gridId)) {
            c.placeIn(null);
        }
        chosen.forEach(c -> c.placeIn(grid));
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

    private static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("grid.notPermitted");
        }
    }
}
