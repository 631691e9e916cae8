package org.chuangcheng.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.chuangcheng.attachment.AttachmentFile;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Volunteer activities. A liaison records and changes her own unit's; the office and administrators any
 * unit's; everyone signed in reads them, a liaison only her unit's (another unit's is "not found").
 * A change carries the version the user saw: a stale one is refused as a concurrent change.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ActivityManagement {

    /** An activity lasts at most a day. */
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    private final VolunteerActivities activities;
    private final UnitManagement units;
    private final CheckpointManagement checkpoints;
    private final AttachmentStore attachments;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public Page<VolunteerActivity> search(Actor actor, ActivityFilter filter, Pageable pageable) {
        return activities.search(unitOf(actor, filter), filter.districtId(), filter.unitType(), filter.kind(),
                filter.firstDay(), filter.lastDay(), pageable);
    }

    /** Every activity matching, oldest first, for the ledger export. */
    @Transactional(readOnly = true)
    public List<VolunteerActivity> searchAll(Actor actor, ActivityFilter filter) {
        return activities.all(unitOf(actor, filter), filter.districtId(), filter.unitType(), filter.kind(),
                filter.firstDay(), filter.lastDay());
    }

    @Transactional(readOnly = true)
    public VolunteerActivity get(Actor actor, Long id) {
        VolunteerActivity activity = activities.findWithDetailsById(id).orElseThrow(() -> new ActivityNotFound(id));
        if (!actor.canSeeUnit(activity.getUnit().getId())) {
            throw new ActivityNotFound(id);
        }
        activity.getPhotos().size();
        return activity;
    }

    public VolunteerActivity record(Actor actor, ActivityDetails details, List<MultipartFile> photos) {
        requireRecorder(actor);
        Unit unit = actor.isConfinedToUnit() ? units.get(actor.confinedUnitId()) : requiredUnit(details.unitId());
        VolunteerActivity activity = new VolunteerActivity(unit, actor.accountId());
        apply(actor, activity, details);
        activity.addPhotos(attachments.storeAll(photos, actor));
        VolunteerActivity saved = activities.save(activity);
        events.publishEvent(recorded(saved));
        return saved;
    }

    public VolunteerActivity update(Actor actor, Long id, long version, ActivityDetails details,
            List<MultipartFile> photos) {
        requireRecorder(actor);
        VolunteerActivity activity = get(actor, id);
        if (activity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(VolunteerActivity.class, id);
        }
        apply(actor, activity, details);
        activity.addPhotos(attachments.storeAll(photos, actor));
        events.publishEvent(recorded(activity));
        return activities.saveAndFlush(activity);
    }

    private static ActivityRecorded recorded(VolunteerActivity activity) {
        return new ActivityRecorded(activity.getId(), activity.getUnit().getId(), activity.getDistrict().getId(),
                activity.getHeldOn());
    }

    /** A past activity as a loader brings it in (demo data, a migration from another system). */
    public record HistoricActivity(Long unitId, LocalDate heldOn, Long checkpointId, String place, Long districtId,
            ActivityKind kind, int participants, BigDecimal hours, String description, Long recordedBy) {
    }

    /** For loaders: inserts past activities in batches, without photos; returns how many were inserted. */
    public int importHistory(List<HistoricActivity> history) {
        jdbc.batchUpdate("""
                insert into volunteer_activities (unit_id, held_on, checkpoint_id, place, district_id, kind,
                                                  participants, hours, description, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, history, 500, (ps, a) -> {
                    ps.setLong(1, a.unitId());
                    ps.setObject(2, a.heldOn());
                    ps.setObject(3, a.checkpointId());
                    ps.setString(4, a.place());
                    ps.setLong(5, a.districtId());
                    ps.setString(6, a.kind().name());
                    ps.setInt(7, a.participants());
                    ps.setBigDecimal(8, a.hours());
                    ps.setString(9, a.description());
                    ps.setLong(10, a.recordedBy());
                });
        return history.size();
    }

    @Transactional(readOnly = true)
    public AttachmentFile photo(Actor actor, Long id, Long attachmentId, boolean thumbnail) {
        VolunteerActivity activity = get(actor, id);
        if (!activity.hasPhoto(attachmentId)) {
            throw new ActivityNotFound(id + "/" + attachmentId);
        }
        return attachments.serve(attachmentId, thumbnail);
    }

    /** Whether the actor may record activities at all. */
    public static boolean mayRecord(Actor actor) {
        return actor.isOfficeOrAdmin() || actor.is(Role.LIAISON);
    }

    private void apply(Actor actor, VolunteerActivity activity, ActivityDetails d) {
        if (d.heldOn() == null) {
            throw new BusinessRuleException("activity.heldOn.required").concerning("heldOn");
        }
        if (d.heldOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("activity.heldOn.future").concerning("heldOn");
        }
        Checkpoint checkpoint = d.checkpointId() == null ? null : checkpoints.get(actor, d.checkpointId());
        String place = d.place() == null || d.place().isBlank() ? null : d.place().trim();
        if (checkpoint == null && place == null) {
            throw new BusinessRuleException("activity.where.required").concerning("place");
        }
        Unit district;
        if (checkpoint != null) {
            district = checkpoint.getDistrict();
        } else {
            if (d.districtId() == null) {
                throw new BusinessRuleException("activity.district.required").concerning("districtId");
            }
            district = units.get(d.districtId());
            if (district.getType() != UnitType.DISTRICT) {
                throw new BusinessRuleException("activity.district.required").concerning("districtId");
            }
        }
        if (d.participants() <= 0) {
            throw new BusinessRuleException("activity.participants.positive").concerning("participants");
        }
        if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(MAX_HOURS) > 0
                || d.hours().scale() > 1) {
            throw new BusinessRuleException("activity.hours.range").concerning("hours");
        }
        activity.change(d.heldOn(), checkpoint, place, district, d.kind() == null ? ActivityKind.OTHER : d.kind(),
                d.participants(), blankToNull(d.participantNames()), d.hours(), blankToNull(d.description()));
    }

    private Unit requiredUnit(Long unitId) {
        if (unitId == null) {
            throw new BusinessRuleException("activity.unit.required").concerning("unitId");
        }
        return units.get(unitId);
    }

    private static Long unitOf(Actor actor, ActivityFilter filter) {
        return actor.isConfinedToUnit() ? actor.confinedUnitId() : filter.unitId();
    }

    private static void requireRecorder(Actor actor) {
        if (!mayRecord(actor)) {
            throw new NotPermitted("activity.notPermitted");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
