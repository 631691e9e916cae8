package org.chuangcheng.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.AuditEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.attachment.AttachmentFile;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemNotFound;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Visits. A leader logs visits only to the checkpoints she is paired with; a liaison logs them on the paired
 * leader's behalf only for her own unit's checkpoints. Everyone signed in reads visits, a liaison only her
 * unit's (another unit's is "not found"). The problems found are raised through the problem feature with
 * origin {@link ProblemOrigin#VISIT}, in the same transaction: a refused problem saves no visit.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class VisitManagement {

    private final Visits visits;
    private final CheckpointManagement checkpoints;
    private final ProblemManagement problems;
    private final AttachmentStore attachments;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** The visits the actor may see in the month (or all months when null), newest first. */
    @Transactional(readOnly = true)
    public Page<Visit> search(Actor actor, YearMonth month, Long leaderId, Long checkpointId, Pageable pageable) {
        LocalDate from = month == null ? LocalDate.of(2000, 1, 1) : month.atDay(1);
        LocalDate to = month == null ? LocalDate.of(9999, 12, 31) : month.atEndOfMonth();
        return visits.search(actor.confinedUnitId(), leaderId, checkpointId, from, to, pageable);
    }

    @Transactional(readOnly = true)
    public Visit get(Actor actor, Long id) {
        Visit visit = visible(actor, id);
        visit.getPhotos().size();
        visit.getProblemIds().size();
        return visit;
    }

    /** The problems raised from the visit, as far as the actor may see them. */
    @Transactional(readOnly = true)
    public List<Problem> problemsOf(Actor actor, Long id) {
        Visit visit = visible(actor, id);
        List<Problem> found = new ArrayList<>();
        for (Long problemId : visit.getProblemIds()) {
            try {
                Problem problem = problems.get(actor, problemId);
                Hibernate.initialize(problem.getResponsibleUnit());
                found.add(problem);
            } catch (ProblemNotFound reassignedAway) {
                // handed to another unit since: no longer the liaison's to see
            }
        }
        return found;
    }

    /** The active checkpoints the actor may log a visit to: her paired ones, or her unit's paired ones. */
    @Transactional(readOnly = true)
    public List<Checkpoint> visitable(Actor actor) {
        if (actor.is(Role.LEADER)) {
            return checkpoints.pairedWith(actor.accountId());
        }
        if (actor.is(Role.LIAISON)) {
            return checkpoints.search(actor, new CheckpointFilter(null, null, null, null, false),
                    PageRequest.of(0, 2000, Sort.by("name"))).getContent().stream()
                    .filter(c -> c.getPairedLeader() != null)
                    .toList();
        }
        return List.of();
    }

    /** The checkpoint, if the actor may log a visit to it (refused otherwise). */
    @Transactional(readOnly = true)
    public Checkpoint visitableCheckpoint(Actor actor, Long checkpointId) {
        Checkpoint checkpoint = checkpoints.get(actor, checkpointId);
        requireMayLog(actor, checkpoint);
        Hibernate.initialize(checkpoint.getPairedLeader());
        return checkpoint;
    }

    /**
     * Logs a visit with its photos and raises the problems found. The visit counts for the checkpoint's
     * paired leader; logged by a liaison, it is marked as typed in on her behalf.
     */
    public Visit log(Actor actor, NewVisit details, List<MultipartFile> photos) {
        Checkpoint checkpoint = checkpoints.get(actor, details.checkpointId());
        requireMayLog(actor, checkpoint);
        Moment now = Moment.now(clock);
        checkEntered(details.visitedOn(), details.solvedCount(), now.day());
        Visit visit = new Visit(checkpoint, checkpoint.getPairedLeader(), details.visitedOn(),
                details.participants().trim(), details.checked().trim(), blankToNull(details.solvedOnSpot()),
                details.solvedCount(), actor.accountId(), actor.is(Role.LIAISON));
        visit.addPhotos(attachments.storeAll(photos, actor));
        visits.save(visit);
        List<NewProblem> found = details.found().stream()
                .filter(f -> f.description() != null && !f.description().isBlank())
                .map(f -> new NewProblem(checkpoint.getId(), null, null, f.description(), f.severity(), null, null,
                        ProblemOrigin.VISIT))
                .toList();
        if (!found.isEmpty()) {
            visit.addProblems(problems.raise(actor, found, visit.getPhotos(), now).stream()
                    .map(Problem::getId).toList());
        }
        events.publishEvent(recorded(visit));
        return visit;
    }

    /**
     * Corrects a visit (its author or the office, within the visit's month; see {@link Visit#mayEdit}) and adds
     * photos; the problems it raised stay as they are (they live in the rectification loop). A stale
     * {@code version} is refused as a conflict. The change goes to the audit log.
     */
    public Visit edit(Actor actor, Long id, long version, NewVisit details, List<MultipartFile> photos) {
        Visit visit = visible(actor, id);
        if (visit.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Visit.class, id);
        }
        Moment now = Moment.now(clock);
        if (!visit.mayEdit(actor, now.day())) {
            throw new NotPermitted("visit.edit.notPermitted");
        }
        checkEntered(details.visitedOn(), details.solvedCount(), now.day());
        String before = visit.getVisitedOn() + " / " + visit.getSolvedCount();
        visit.edit(details.visitedOn(), details.participants().trim(), details.checked().trim(),
                blankToNull(details.solvedOnSpot()), details.solvedCount(), actor, now.at(), now.day());
        visit.addPhotos(attachments.storeAll(photos, actor));
        events.publishEvent(AuditEvents.of(actor, "VISIT_EDITED", "visit #" + id,
                before + " → " + details.visitedOn() + " / " + details.solvedCount()));
        events.publishEvent(recorded(visit));
        return visits.saveAndFlush(visit);
    }

    /**
     * Takes a photo off a visit (its author or the office, within the visit's month, as {@link #edit}); the file
     * goes once this commits, unless a problem raised from the visit still shows it. A stale {@code version} is a
     * conflict; the removal goes to the audit log.
     */
    public Visit removePhoto(Actor actor, Long id, long version, Long attachmentId) {
        Visit visit = visible(actor, id);
        if (visit.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Visit.class, id);
        }
        Moment now = Moment.now(clock);
        Attachment photo = visit.removePhoto(attachmentId, actor, now.at(), now.day());
        if (photo == null) {
            throw new VisitNotFound(id + "/" + attachmentId);
        }
        Visit saved = visits.saveAndFlush(visit);
        attachments.discardIfUnused(attachmentId);
        events.publishEvent(AuditEvents.of(actor, "VISIT_EDITED", "visit #" + id,
                "photo removed: " + photo.getOriginalName()));
        return saved;
    }

    private static VisitRecorded recorded(Visit visit) {
        return new VisitRecorded(visit.getId(), visit.getCheckpoint().getId(), visit.getLeader().getId(),
                visit.getVisitedOn());
    }

    /** Who corrected the visit last, or null when nobody has. */
    @Transactional(readOnly = true)
    public String editorName(Visit visit) {
        return visit.getEditedBy() == null ? null : jdbc.queryForObject(
                "select display_name from accounts where id = ?", String.class, visit.getEditedBy());
    }

    private static void checkEntered(LocalDate visitedOn, int solvedCount, LocalDate today) {
        if (visitedOn == null) {
            throw new BusinessRuleException("visit.visitedOn.required").concerning("visitedOn");
        }
        if (visitedOn.isAfter(today)) {
            throw new BusinessRuleException("visit.visitedOn.future").concerning("visitedOn");
        }
        if (visitedOn.isBefore(today.minusDays(VisitCompliance.LATEST_ENTRY_DAYS))) {
            throw new BusinessRuleException("visit.visitedOn.tooOld", VisitCompliance.LATEST_ENTRY_DAYS)
                    .concerning("visitedOn");
        }
        if (solvedCount < 0) {
            throw new BusinessRuleException("visit.solvedCount.negative").concerning("solvedCount");
        }
    }

    /** A past visit as a loader brings it in (demo data, a migration from another system). */
    public record HistoricVisit(Long checkpointId, Long leaderId, LocalDate visitedOn, String participants,
            String checked, String solvedOnSpot, int solvedCount, Long recordedBy, boolean onBehalf) {
    }

    /**
     * For loaders: inserts past visits in batches, without the checks of {@link #log} (no photos, no problems).
     * Returns how many were inserted.
     */
    public int importHistory(List<HistoricVisit> history) {
        jdbc.batchUpdate("""
                insert into visits (checkpoint_id, leader_id, visited_on, participants, checked, solved_on_spot,
                                    solved_count, recorded_by, on_behalf)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, history, 500, (ps, v) -> {
                    ps.setLong(1, v.checkpointId());
                    ps.setLong(2, v.leaderId());
                    ps.setObject(3, v.visitedOn());
                    ps.setString(4, v.participants());
                    ps.setString(5, v.checked());
                    ps.setString(6, v.solvedOnSpot());
                    ps.setInt(7, v.solvedCount());
                    ps.setLong(8, v.recordedBy());
                    ps.setBoolean(9, v.onBehalf());
                });
        return history.size();
    }

    /** A photo of the visit, after checking the actor may see it and the photo belongs to it. */
    @Transactional(readOnly = true)
    public AttachmentFile photo(Actor actor, Long visitId, Long attachmentId, boolean thumbnail) {
        Visit visit = visible(actor, visitId);
        if (!visit.hasPhoto(attachmentId)) {
            throw new VisitNotFound(visitId + "/" + attachmentId);
        }
        return attachments.serve(attachmentId, thumbnail);
    }

    /** Whether the actor may log a visit to this checkpoint: see the class comment. */
    public static boolean mayLog(Actor actor, Checkpoint checkpoint) {
        if (checkpoint.getPairedLeader() == null || !checkpoint.isActive()) {
            return false;
        }
        if (actor.is(Role.LEADER)) {
            return checkpoint.getPairedLeader().getId().equals(actor.accountId());
        }
        return actor.is(Role.LIAISON) && actor.canSeeUnit(checkpoint.getResponsibleUnit().getId());
    }

    private static void requireMayLog(Actor actor, Checkpoint checkpoint) {
        if (!mayLog(actor, checkpoint)) {
            throw new NotPermitted("visit.notPaired");
        }
    }

    private Visit visible(Actor actor, Long id) {
        Visit visit = visits.findWithDetailsById(id).orElseThrow(() -> new VisitNotFound(id));
        if (!actor.canSeeUnit(visit.getCheckpoint().getResponsibleUnit().getId())) {
            throw new VisitNotFound(id);
        }
        return visit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
