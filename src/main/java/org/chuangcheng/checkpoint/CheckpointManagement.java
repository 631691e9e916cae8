package org.chuangcheng.checkpoint;

import org.chuangcheng.shared.LikePatterns;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AuditEvents;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Changes;
import org.chuangcheng.shared.Role;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints. The office and administrators create and change them; everyone else reads, and a
 * liaison reads only the checkpoints her unit answers for.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CheckpointManagement {

    private final Checkpoints checkpoints;
    private final CheckpointCatalog catalog;
    private final UnitManagement units;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final PairingHistory history;
    private final java.time.Clock clock;

    @Transactional(readOnly = true)
    public Page<Checkpoint> search(Actor actor, CheckpointFilter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank() ? null : LikePatterns.escape(filter.text().trim());
        return checkpoints.search(filter.districtId(), filter.categoryId(), filter.unitId(), !actor.isConfinedToUnit(),
                actor.scopeUnits(), text, filter.includeInactive(), pageable);
    }

    /** The checkpoint, if the actor may see it; another unit's checkpoint is "not found" to a liaison. */
    @Transactional(readOnly = true)
    public Checkpoint get(Actor actor, Long id) {
        Checkpoint checkpoint = checkpoints.findWithDetailsById(id).orElseThrow(() -> new CheckpointNotFound(id));
        if (!actor.canSeeUnit(checkpoint.getResponsibleUnit().getId())) {
            throw new CheckpointNotFound(id);
        }
        return checkpoint;
    }

    /**
     * Up to {@code limit} active checkpoints nearest a position (a citizen's phone, a report's place); any
     * caller may ask, checkpoints are public places.
     */
    @Transactional(readOnly = true)
    public List<Checkpoint> nearest(java.math.BigDecimal latitude, java.math.BigDecimal longitude, int limit) {
        double cos = Math.cos(Math.toRadians(latitude.doubleValue()));
        return checkpoints.nearest(latitude, longitude, cos, org.springframework.data.domain.Limit.of(limit));
    }

    /** Up to {@code limit} active checkpoints whose name or address contains the text (a typed address). */
    @Transactional(readOnly = true)
    public List<Checkpoint> matching(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return checkpoints.matching(LikePatterns.escape(text.trim()), org.springframework.data.domain.Limit.of(limit));
    }

    public Checkpoint create(Actor actor, CheckpointDetails details) {
        requireManager(actor);
        Checkpoint checkpoint = new Checkpoint(details.name().trim(), catalog.category(details.categoryId()),
                district(details.districtId()), details.address().trim(), units.get(details.responsibleUnitId()));
        apply(checkpoint, details);
        Checkpoint saved = checkpoints.saveAndFlush(checkpoint);
        history.holds(saved, LocalDate.now(clock));
        events.publishEvent(AuditEvents.of(actor, "CHECKPOINT_CREATED", target(saved), Changes.describe(state(saved))));
        return saved;
    }

    public Checkpoint update(Actor actor, Long id, long expectedVersion, CheckpointDetails details) {
        requireManager(actor);
        Checkpoint checkpoint = get(actor, id);
        if (checkpoint.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Checkpoint.class, id);
        }
        Map<String, Object> before = state(checkpoint);
        apply(checkpoint, details);
        if (checkpoint.isActive()) {
            history.holds(checkpoint, LocalDate.now(clock));
        }
        audit(actor, checkpoint, before);
        return checkpoint;
    }

    public void deactivate(Actor actor, Long id) {
        requireManager(actor);
        Checkpoint checkpoint = get(actor, id);
        Map<String, Object> before = state(checkpoint);
        if (checkpoint.isActive()) {
            history.end(id, LocalDate.now(clock));
        }
        checkpoint.setActive(false);
        audit(actor, checkpoint, before);
    }

    public void reactivate(Actor actor, Long id) {
        requireManager(actor);
        Checkpoint checkpoint = get(actor, id);
        Map<String, Object> before = state(checkpoint);
        checkpoint.setActive(true);
        history.holds(checkpoint, LocalDate.now(clock));
        audit(actor, checkpoint, before);
    }

    /**
     * For loaders (demo data, a first import): the pairings recorded without earlier history are taken to have
     * held since {@code from}, so that past months' visits are measured against them. Returns how many.
     */
    public int pairingsHeldSince(LocalDate from) {
        return history.heldSince(from);
    }

    /** The id of the unit a problem at the checkpoint goes to when nobody names one ({@link Checkpoint#routedUnit}). */
    @Transactional(readOnly = true)
    public Long routedUnitId(Long checkpointId) {
        return checkpoints.findWithDetailsById(checkpointId).orElseThrow(() -> new CheckpointNotFound(checkpointId))
                .routedUnit().getId();
    }

    /** The checkpoints a leader is paired with (usually one). */
    @Transactional(readOnly = true)
    public List<Checkpoint> pairedWith(Long leaderAccountId) {
        return checkpoints.findByPairedLeaderIdAndActiveTrue(leaderAccountId);
    }

    @Transactional(readOnly = true)
    public long countActive() {
        return checkpoints.countByActiveTrue();
    }

    private void apply(Checkpoint checkpoint, CheckpointDetails d) {
        String name = d.name().trim();
        Unit district = district(d.districtId());
        boolean renamed = checkpoint.isNew() || !checkpoint.getName().equalsIgnoreCase(name)
                || !checkpoint.getDistrict().getId().equals(district.getId());
        if (renamed && checkpoints.existsByNameIgnoreCaseAndDistrictId(name, district.getId())) {
            throw new BusinessRuleException("checkpoint.name.taken", name).concerning("name");
        }
        if ((d.latitude() == null) != (d.longitude() == null)) {
            throw new BusinessRuleException("checkpoint.coordinates.pair").concerning("longitude");
        }
        checkpoint.change(name, catalog.category(d.categoryId()), district, d.address().trim(), d.latitude(),
                d.longitude(), units.get(d.responsibleUnitId()), leader(d.pairedLeaderId()), d.secondary());
    }

    /** What the audit log shows of a checkpoint, before and after an edit. */
    private static Map<String, Object> state(Checkpoint c) {
        Map<String, Object> state = Changes.snapshot();
        state.put("name", c.getName());
        state.put("category", c.getCategory().getCode());
        state.put("district", c.getDistrict().getName());
        state.put("address", c.getAddress());
        state.put("latitude", c.getLatitude() == null ? null : c.getLatitude().stripTrailingZeros().toPlainString());
        state.put("longitude", c.getLongitude() == null ? null : c.getLongitude().stripTrailingZeros().toPlainString());
        state.put("responsibleUnit", c.getResponsibleUnit().getName());
        state.put("pairedLeader", c.getPairedLeader() == null ? null : c.getPairedLeader().getUsername());
        state.put("secondary", c.isSecondary());
        state.put("active", c.isActive());
        return state;
    }

    private void audit(Actor actor, Checkpoint checkpoint, Map<String, Object> before) {
        Changes changes = Changes.between(before, state(checkpoint));
        if (!changes.isEmpty()) {
            events.publishEvent(AuditEvents.of(actor, "CHECKPOINT_CHANGED", target(checkpoint), changes.toString()));
        }
    }

    private static String target(Checkpoint checkpoint) {
        return "checkpoint #" + checkpoint.getId() + " " + checkpoint.getName();
    }

    private Unit district(Long id) {
        Unit unit = units.get(id);
        if (unit.getType() != UnitType.DISTRICT) {
            throw new BusinessRuleException("checkpoint.district.notDistrict").concerning("districtId");
        }
        return unit;
    }

    private Account leader(Long id) {
        if (id == null) {
            return null;
        }
        Account account = accounts.get(id);
        if (account.getRole() != Role.LEADER) {
            throw new BusinessRuleException("checkpoint.pairedLeader.notLeader").concerning("pairedLeaderId");
        }
        return account;
    }

    private static void requireManager(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new AccessDeniedException("checkpoints are managed by the campaign office");
        }
    }
}
