package org.chuangcheng.problem;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.attachment.AttachmentFile;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Moment;
import org.hibernate.Hibernate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Problems and their rectification loop: the public API of the life cycle. Every method takes the
 * acting {@link Actor}: a liaison reads and acts only on her unit's problems (another unit's is "not
 * found"), only the office verifies, reassigns, extends and cancels, leaders only read. Each change
 * carries the version the user saw; a stale version is refused as a concurrent change.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProblemManagement {

    static final int EXPORT_BATCH = 1000;

    private final Problems problems;
    private final ProblemListCounts listCounts;
    private final DeadlinePolicy deadlines;
    private final AttachmentStore attachments;
    private final UnitManagement units;
    private final CheckpointManagement checkpoints;
    private final CheckpointCatalog catalog;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final Clock clock;

    /** Evidence needs at least one after photo; cities that accept text only set it to false. */
    @Value("${app.problems.after-photo-required:true}")
    private boolean afterPhotoRequired = true;

    /** The problems the actor may see that match the filter. */
    @Transactional(readOnly = true)
    public Page<Problem> search(Actor actor, ProblemFilter filter, Pageable pageable) {
        Specification<Problem> spec = spec(actor, filter);
        List<Problem> content = problems.findBy(spec.and(ProblemSpecifications.fetchingDetails()),
                query -> query.slice(pageable)).getContent();
        return new PageImpl<>(content, pageable, total(confine(actor, filter), spec));
    }

    /**
     * The problems the actor may see that match the filter, the most urgent first: returned, then overdue,
     * then by the nearest deadline (the liaison's workspace and the office's verification queue).
     */
    @Transactional(readOnly = true)
    public Page<Problem> searchUrgentFirst(Actor actor, ProblemFilter filter, int page, int size) {
        Pageable pageable = PageRequest.of(page, size);
        Specification<Problem> spec = spec(actor, filter);
        List<Problem> content = problems.findBy(spec.and(ProblemSpecifications.fetchingRowColumns())
                .and(ProblemSpecifications.urgentFirst(deadlines.today())), query -> query.slice(pageable)).getContent();
        return new PageImpl<>(content, pageable, total(confine(actor, filter), spec));
    }

    /**
     * The next problem waiting for the office's verification after the one just decided, nearest deadline
     * first (so the office goes straight on through its queue).
     */
    @Transactional(readOnly = true)
    public Optional<Long> nextToVerify(Actor actor, Long after) {
        return searchUrgentFirst(actor, ProblemFilter.of(ProblemScope.PENDING), 0, 2).getContent().stream().map(Problem::getId)
                .filter(id -> !id.equals(after)).findFirst();
    }

    /** Why the office returned each of these problems the last time (for the liaison's cards): id → reason. */
    @Transactional(readOnly = true)
    public Map<Long, String> returnReasons(Actor actor, Collection<Long> ids) {
        Map<Long, String> reasons = new HashMap<>();
        if (ids.isEmpty()) {
            return reasons;
        }
        for (Object[] row : problems.returnReasons(ids, actor.confinedUnitId())) {
            reasons.put((Long) row[0], (String) row[1]); // oldest first: the latest return wins
        }
        return reasons;
    }

    /**
     * The list's total without counting the whole table on every page view: from the maintained statistics
     * when they hold the filter ("all" = the assigned figure plus the few cancelled problems), else counted.
     */
    private long total(ProblemFilter confined, Specification<Problem> spec) {
        if (confined.scope() == null) {
            OptionalLong assigned = listCounts.assigned(confined);
            if (assigned.isPresent()) {
                return assigned.getAsLong() + problems.count(spec.and(ProblemSpecifications.cancelled()));
            }
        }
        return listCounts.count(confined).orElseGet(() -> problems.count(spec));
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, ProblemFilter filter) {
        return problems.count(spec(actor, filter));
    }

    /**
     * The figures of the actor's workspace (her unit's for a liaison, the city's for the others), each as
     * {@link #count} would give it for its scope, in one query: every list and home page shows them.
     */
    @Transactional(readOnly = true)
    public ProblemCounts counts(Actor actor) {
        List<ProblemScope> scopes = List.of(ProblemScope.OPEN, ProblemScope.DUE_SOON, ProblemScope.OVERDUE,
                ProblemScope.RETURNED, ProblemScope.PENDING);
        Tuple row = entityManager.createQuery(ProblemSpecifications.countPerScope(entityManager.getCriteriaBuilder(),
                confine(actor, ProblemFilter.none()), scopes, deadlines.today(), deadlines.dueSoonLimit()))
                .getSingleResult();
        return new ProblemCounts(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class),
                row.get(3, Long.class), row.get(4, Long.class));
    }

    /** The problem with its events and submissions, if the actor may see it. */
    @Transactional(readOnly = true)
    public Problem get(Actor actor, Long id) {
        Problem problem = visible(actor, id);
        // size() loads each lazy list through the read-only view the entities hand out
        problem.getEvents().forEach(e -> e.getPhotos().size());
        problem.getRectifications().forEach(r -> r.getPhotos().size());
        return problem;
    }

    /** The problem's events, oldest first, with the names of who acted and of the units involved. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Actor actor, Long id) {
        Problem problem = get(actor, id);
        Map<Long, String> people = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (ProblemEvent e : problem.getEvents()) {
            String who = people.computeIfAbsent(e.getActorId(), a -> accounts.get(a).getDisplayName());
            entries.add(new TimelineEntry(e, who, unitName(unitNames, e.getOldUnitId()), unitName(unitNames,
                    e.getNewUnitId())));
        }
        return entries;
    }

    /** The problems an inspection raised (the actor must be allowed to see the inspection). */
    @Transactional(readOnly = true)
    public List<Problem> raisedBy(Actor actor, Long inspectionId) {
        return problems.findByInspectionIdOrderById(inspectionId).stream()
                .filter(p -> actor.canSeeUnit(p.getResponsibleUnit().getId()))
                .peek(p -> Hibernate.initialize(p.getResponsibleUnit()))
                .toList();
    }

    /**
     * When the last of the problems an inspection raised was closed or cancelled (整改完毕); empty while
     * one of them is open, or when it raised none.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> settledAt(Long inspectionId) {
        if (problems.countByInspectionIdAndStatusIn(inspectionId, ProblemStatus.OPEN) > 0) {
            return Optional.empty();
        }
        return problems.lastOccurrence(inspectionId, EnumSet.of(ProblemEventType.CLOSE, ProblemEventType.CANCEL));
    }

    /**
     * Raises a free-form problem at a checkpoint (from an inspection, or by the office), handed to the
     * checkpoint's unit unless another is given, with the default deadline of its class unless one is given.
     * Photos are stored only once the problem is accepted.
     */
    public Problem raise(Actor actor, NewProblem details, List<MultipartFile> photos) {
        Moment now = Moment.now(clock);
        Problem problem = assign(actor, details, List.of(), now);
        problem.attachFindings(attachments.storeAll(photos, actor));
        return problems.save(problem);
    }

    /**
     * Raises the problems found together (e.g. the failed standards of a finished inspection) at
     * {@code when}, each with the same photos. The one way, besides {@link #raise}, a problem comes to be:
     * loaders that backdate pass a past moment and play the problems' history forward through their steps,
     * then save them with {@link #importHistory}.
     */
    /** As {@link #raise(Actor, List, List, Moment)}, each problem with its own photos (same order as found). */
    public List<Problem> raiseEach(Actor actor, List<NewProblem> found, List<List<Attachment>> photos, Moment when) {
        List<Problem> raised = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            raised.add(assign(actor, found.get(i), i < photos.size() ? photos.get(i) : List.of(), when));
        }
        return problems.saveAll(raised);
    }

    public List<Problem> raise(Actor actor, List<NewProblem> found, List<Attachment> photos, Moment when) {
        List<Problem> raised = new ArrayList<>();
        for (NewProblem details : found) {
            raised.add(assign(actor, details, photos, when));
        }
        return problems.saveAll(raised);
    }

    private Problem assign(Actor actor, NewProblem details, List<Attachment> photos, Moment when) {
        Checkpoint checkpoint = checkpoints.get(actor, details.checkpointId());
        Unit unit = details.unitId() == null ? checkpoint.routedUnit() : units.get(details.unitId());
        LocalDate latest = deadlines.defaultDeadline(details.severity(), when.day());
        if (details.deadline() != null && latest != null && details.deadline().isAfter(latest)) {
            // a class's working days are the longest it gets; more time is an extension (延期) with a reason
            throw new IllegalStep("problem.deadline.beyondClass", latest.toString()).concerning("deadline");
        }
        LocalDate deadline = details.deadline() != null || details.severity() == ProblemSeverity.LONG_TERM
                ? details.deadline() : latest;
        Standard standard = details.standardId() == null ? null : standardAt(checkpoint, details.standardId());
        return Problem.assign(details.effectiveOrigin(),
                details.inspectionId(), checkpoint, standard, details.description(), unit, details.severity(),
                deadline, photos, actor, when);
    }

    /** A problem's standard is one of its checkpoint's checklist (its category's or a common one). */
    private Standard standardAt(Checkpoint checkpoint, Long standardId) {
        return catalog.checklist(checkpoint.getCategory().getId()).stream().filter(s -> s.getId().equals(standardId))
                .findFirst().orElseThrow(() -> new IllegalStep("problem.standard.notOnChecklist").concerning("standardId"));
    }

    /** 整改反馈 by the responsible unit's liaison: evidence text and after-photos. */
    public Problem submit(Actor actor, Long id, long version, String text, List<MultipartFile> photos) {
        Problem problem = current(actor, id, version);
        problem.submit(text, List.of(), actor, Moment.now(clock));
        if (afterPhotoRequired && (photos == null || photos.stream().allMatch(f -> f == null || f.isEmpty()))) {
            // after the model's own rules, so the liaison reads those first; the transaction rolls the step back
            throw new IllegalStep("problem.evidence.photoRequired").concerning("photos");
        }
        problem.attachEvidence(attachments.storeAll(photos, actor));
        return problems.saveChanges(problem);
    }

    /** 销号: the office accepts the evidence. */
    public Problem close(Actor actor, Long id, long version, String comment) {
        Problem problem = current(actor, id, version);
        problem.close(comment, actor, Moment.now(clock));
        return problems.saveChanges(problem);
    }

    /** 退回: the office rejects the evidence with a reason. */
    public Problem returnToUnit(Actor actor, Long id, long version, String reason) {
        Problem problem = current(actor, id, version);
        problem.returnToUnit(reason, actor, Moment.now(clock));
        return problems.saveChanges(problem);
    }

    /** 转办: the office hands the problem to another unit, with a reason. */
    public Problem reassign(Actor actor, Long id, long version, Long unitId, String reason) {
        Problem problem = current(actor, id, version);
        problem.reassign(units.get(unitId), reason, actor, Moment.now(clock));
        return problems.saveChanges(problem);
    }

    /** 延期: the office sets a later deadline, with a reason. */
    public Problem extend(Actor actor, Long id, long version, LocalDate newDeadline, String reason) {
        Problem problem = current(actor, id, version);
        problem.extend(newDeadline, reason, actor, Moment.now(clock));
        return problems.saveChanges(problem);
    }

    /** 作废: the office voids an open problem, with a reason. */
    public Problem cancel(Actor actor, Long id, long version, String reason) {
        Problem problem = current(actor, id, version);
        problem.cancel(reason, actor, Moment.now(clock));
        return problems.saveChanges(problem);
    }

    /**
     * Reassigns several problems to one unit at once. All or nothing: one problem that may not be
     * reassigned (e.g. evidence waiting for verification) refuses the whole set with its reason.
     */
    public int bulkReassign(Actor actor, Collection<Long> ids, Long unitId, String reason) {
        Unit unit = units.get(unitId);
        Moment now = Moment.now(clock);
        List<Problem> found = problems.findByIdIn(ids);
        for (Problem p : found) {
            p.reassign(unit, reason, actor, now);
        }
        return problems.saveAllChanges(found).size();
    }

    /** Sets a new deadline on several problems at once, all or nothing. */
    public int bulkExtend(Actor actor, Collection<Long> ids, LocalDate deadline, String reason) {
        Moment now = Moment.now(clock);
        List<Problem> found = problems.findByIdIn(ids);
        for (Problem p : found) {
            p.extend(deadline, reason, actor, now);
        }
        return problems.saveAllChanges(found).size();
    }

    /** A photo of the problem, after checking the actor may see the problem and the photo belongs to it. */
    @Transactional(readOnly = true)
    public AttachmentFile photo(Actor actor, Long problemId, Long attachmentId, boolean thumbnail) {
        Problem problem = visible(actor, problemId);
        if (!problem.hasPhoto(attachmentId)) {
            throw new ProblemNotFound(problemId + "/" + attachmentId);
        }
        return attachments.serve(attachmentId, thumbnail);
    }

    /** The default deadline of a class for a problem assigned today (null for long-term). */
    @Transactional(readOnly = true)
    public LocalDate defaultDeadline(ProblemSeverity severity) {
        return deadlines.defaultDeadline(severity, deadlines.today());
    }

    @Transactional(readOnly = true)
    public boolean isDueSoon(Problem problem) {
        return problem.getStatus().isOpen() && deadlines.isDueSoon(problem.getDeadline());
    }

    public LocalDate today() {
        return deadlines.today();
    }

    /**
     * Writes the 整改台账 of the filtered problems as an .xlsx to {@code out}. Streams: rows are read in
     * batches by id and written through a sliding window, so memory does not grow with the ledger.
     */
    @Transactional(readOnly = true)
    public void exportLedger(Actor actor, ProblemFilter filter, Locale locale, OutputStream out) throws IOException {
        try (ProblemLedger ledger = new ProblemLedger(messages, locale, deadlines.today())) {
            forEachMatching(actor, filter, ledger::add);
            ledger.write(out);
        }
    }

    private void forEachMatching(Actor actor, ProblemFilter filter, Consumer<Problem> action) {
        Specification<Problem> base = spec(actor, filter).and(ProblemSpecifications.fetchingDetails());
        long lastId = 0;
        while (true) {
            List<Problem> batch = problems.findAll(base.and(ProblemSpecifications.idAfter(lastId)),
                    PageRequest.of(0, EXPORT_BATCH, Sort.by("id"))).getContent();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            lastId = batch.get(batch.size() - 1).getId();
            // keep the persistence context from holding every row already written
            entityManager.clear();
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
        }
    }

    /** For loaders that play raised problems' history forward (with past dates): saves those steps, publishes their events. */
    public List<Problem> importHistory(List<Problem> history) {
        // new problems are persisted; ones loaded and changed here only publish their events (see saveChanges)
        return problems.saveAllChanges(history);
    }

    private Specification<Problem> spec(Actor actor, ProblemFilter filter) {
        return ProblemSpecifications.matching(confine(actor, filter), deadlines.today(), deadlines.dueSoonLimit());
    }

    private static ProblemFilter confine(Actor actor, ProblemFilter filter) {
        if (!actor.isConfinedToUnit()) {
            return filter;
        }
        java.util.Set<Long> units = actor.confinedUnitIds();
        // one unit is a dimension of the statistics, which then answer the list's counts
        return units.size() == 1 ? filter.withUnit(units.iterator().next()) : filter.within(units);
    }

    private Problem visible(Actor actor, Long id) {
        Problem problem = problems.findWithDetailsById(id).orElseThrow(() -> new ProblemNotFound(id));
        if (!actor.canSeeUnit(problem.getResponsibleUnit().getId())) {
            throw new ProblemNotFound(id);
        }
        return problem;
    }

    private Problem current(Actor actor, Long id, long version) {
        Problem problem = visible(actor, id);
        if (problem.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Problem.class, id);
        }
        return problem;
    }

    private String unitName(Map<Long, String> cache, Long unitId) {
        return unitId == null ? null : cache.computeIfAbsent(unitId, u -> units.nameOf(u).orElse("?"));
    }
}
