package org.chuangcheng.task;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chuangcheng.attachment.AttachmentFile;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.indicator.IndicatorTree;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The task book: who sees which task, progress reports, acceptance (逐项销号), reassignment (限期办结) and
 * completion figures. A liaison sees only the tasks her unit leads or helps with; any other task is
 * "not found" to her. Only the office (and administrators) create, close, return and reassign.
 */
@Service
@Transactional
public class TaskManagement {

    private final Tasks tasks;
    private final ProgressReports reports;
    private final TaskEvents events;
    private final TaskFigures figures;
    private final UnitManagement units;
    private final WorkGroupManagement workGroups;
    private final IndicatorTree indicators;
    private final WorkingDayCalendar calendar;
    private final AttachmentStore attachments;
    private final Clock clock;
    private final int staleDays;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    TaskManagement(Tasks tasks, ProgressReports reports, TaskEvents events, TaskFigures figures,
            UnitManagement units, WorkGroupManagement workGroups, IndicatorTree indicators,
            WorkingDayCalendar calendar, AttachmentStore attachments, Clock clock,
            @Value("${app.tasks.report-stale-days:7}") int staleDays) {
        this.tasks = tasks;
        this.reports = reports;
        this.events = events;
        this.figures = figures;
        this.units = units;
        this.workGroups = workGroups;
        this.indicators = indicators;
        this.calendar = calendar;
        this.attachments = attachments;
        this.clock = clock;
        this.staleDays = staleDays;
    }

    /** Days without a report after which an open task is flagged 未报送. */
    public int staleDays() {
        return staleDays;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** A page of the tasks the actor may see, with lead unit, co-units, group and indicator loaded. */
    @Transactional(readOnly = true)
    public Page<Task> search(Actor actor, TaskFilter filter, Pageable pageable) {
        Page<Task> page = tasks.findAll(spec(actor, filter), pageable);
        List<Long> ids = page.getContent().stream().map(Task::getId).toList();
        Map<Long, Task> loaded = ids.isEmpty() ? Map.of()
                : tasks.findWithDetailsByIdIn(ids).stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        return new PageImpl<>(ids.stream().map(loaded::get).toList(), pageable, page.getTotalElements());
    }

    /** Every task the actor may see that matches, in task-book order (board, export). */
    @Transactional(readOnly = true)
    public List<Task> searchAll(Actor actor, TaskFilter filter) {
        List<Long> ids = tasks.findAll(spec(actor, filter), Sort.by("book", "seq", "code")).stream()
                .map(Task::getId).toList();
        List<Task> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            Map<Long, Task> loaded = tasks.findWithDetailsByIdIn(chunk).stream()
                    .collect(Collectors.toMap(Task::getId, Function.identity()));
            chunk.stream().map(loaded::get).forEach(result::add);
        }
        return result;
    }

    /** The task, if the actor may see it. */
    @Transactional(readOnly = true)
    public Task get(Actor actor, Long id) {
        Task task = tasks.findWithDetailsById(id).orElseThrow(() -> new TaskNotFound(id));
        if (!actor.canSeeAnyUnit(task.involvedUnitIds())) {
            throw new TaskNotFound(id);
        }
        return task;
    }

    /** The task's progress reports, newest first, with their photos. */
    @Transactional(readOnly = true)
    public List<ProgressReport> reports(Actor actor, Long taskId) {
        get(actor, taskId);
        return reports.findByTaskId(taskId);
    }

    /** The task's timeline, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskEvent> timeline(Actor actor, Long taskId) {
        get(actor, taskId);
        return events.findByTaskIdOrderByOccurredAtAscIdAsc(taskId);
    }

    /**
     * Each unit's contribution to the task's quantity: the lead unit first, then the co-units, then units that
     * reported before the task was reassigned; units that reported no figure show none.
     */
    @Transactional(readOnly = true)
    public List<Contribution> contributions(Actor actor, Long taskId) {
        Task task = get(actor, taskId);
        Map<Long, BigDecimal> figures = task.getContributions();
        List<Contribution> rows = new ArrayList<>();
        rows.add(new Contribution(task.getLeadUnit().getId(), task.getLeadUnit().getLabel(), true,
                figures.get(task.getLeadUnit().getId())));
        task.getCoUnits().forEach(u -> rows.add(new Contribution(u.getId(), u.getLabel(), false, figures.get(u.getId()))));
        figures.forEach((unitId, quantity) -> {
            if (!task.involves(unitId)) {
                rows.add(new Contribution(unitId, units.get(unitId).getLabel(), false, quantity));
            }
        });
        return rows;
    }

    /** A photo of one of the task's reports, after checking that the actor may see the task. */
    @Transactional(readOnly = true)
    public AttachmentFile photo(Actor actor, Long taskId, Long attachmentId, boolean thumbnail) {
        get(actor, taskId);
        if (!reports.hasPhoto(taskId, attachmentId)) {
            throw new TaskNotFound(taskId + "/photo/" + attachmentId);
        }
        return attachments.serve(attachmentId, thumbnail);
    }

    /** The office creates a task (by hand or from an imported task book). */
    public Task create(Actor actor, TaskDetails details) {
        requireOffice(actor);
        String book = details.book().trim();
        String code = details.code().trim();
        if (tasks.findByBookAndCode(book, code).isPresent()) {
            throw new BusinessRuleException("task.rule.codeTaken", code, book).concerning("code");
        }
        Task task = new Task(book, code, details.title().trim(), contentOrTitle(details),
                units.get(details.leadUnitId()), coUnits(details), details.startDate(), details.deadline(), actor,
                clock.instant());
        describe(task, details);
        return tasks.save(task);
    }

    /**
     * The office corrects a task by hand (see {@link Task#edit}); a stale version is a conflict, a number
     * already used in the book a message.
     */
    public Task update(Actor actor, Long taskId, long expectedVersion, TaskDetails details) {
        requireOffice(actor);
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        String book = details.book().trim();
        String code = details.code().trim();
        tasks.findByBookAndCode(book, code).filter(other -> !other.getId().equals(taskId)).ifPresent(other -> {
            throw new BusinessRuleException("task.rule.codeTaken", code, book).concerning("code");
        });
        task.retarget(details.targetQuantity());
        task.edit(book, code, details.title().trim(), contentOrTitle(details), units.get(details.leadUnitId()),
                coUnits(details), details.startDate(), details.deadline(), actor, clock.instant());
        describe(task, details);
        return tasks.saveChanges(task);
    }

    private List<Unit> coUnits(TaskDetails details) {
        return details.coUnitIds() == null ? List.of()
                : details.coUnitIds().stream().filter(Objects::nonNull).distinct().map(units::get).toList();
    }

    private void describe(Task task, TaskDetails details) {
        task.describe(details.indicatorId() == null ? null : indicators.get(details.indicatorId()),
                details.workGroupId() == null ? null : workGroups.get(details.workGroupId()),
                details.targetQuantity(), blankToNull(details.measure()), details.priority());
    }

    /** A task written in one line has no separate content: the title says it all. */
    private static String contentOrTitle(TaskDetails details) {
        return details.content() == null || details.content().isBlank() ? details.title().trim() : details.content().trim();
    }

    Task createImported(Actor actor, TaskDetails details, String importHash) {
        Task task = create(actor, details);
        task.markImported(importHash);
        return task;
    }

    /**
     * 信息报送: the lead unit's or a co-unit's liaison reports progress with photos. The office may report
     * too (for the lead unit). Leaders and inspectors only read.
     */
    public ProgressReport reportProgress(Actor actor, Long taskId, long expectedVersion, String text,
            BigDecimal quantityDone, List<MultipartFile> photos) {
        return reportProgress(actor, taskId, expectedVersion, text, quantityDone, photos, false);
    }

    /**
     * 信息报送 with the reporting unit's own quantity so far; a task total above the target is taken only when
     * {@code aboveTargetConfirmed} (else {@link ConfirmationNeeded}).
     */
    public ProgressReport reportProgress(Actor actor, Long taskId, long expectedVersion, String text,
            BigDecimal quantityDone, List<MultipartFile> photos, boolean aboveTargetConfirmed) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("task.rule.reportTextRequired").concerning("text");
        }
        ProgressReport report = task.reportProgress(text.trim(), quantityDone, List.of(), actor, clock.instant(),
                today(), aboveTargetConfirmed);
        report.attach(attachments.storeAll(photos, actor));
        tasks.saveChanges(task);
        return report;
    }

    /** 逐项销号: only the lead unit's liaison says the task is done. */
    public void requestAcceptance(Actor actor, Long taskId, long expectedVersion, String comment) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        task.requestAcceptance(actor, comment, clock.instant(), today());
        tasks.saveChanges(task);
    }

    public void close(Actor actor, Long taskId, long expectedVersion, String comment) {
        close(actor, taskId, expectedVersion, comment, false);
    }

    /** 验收销号; below the target quantity only when {@code belowTargetConfirmed} (else {@link ConfirmationNeeded}). */
    public void close(Actor actor, Long taskId, long expectedVersion, String comment, boolean belowTargetConfirmed) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        task.close(actor, comment, clock.instant(), today(), belowTargetConfirmed);
        tasks.saveChanges(task);
    }

    public void returnToUnit(Actor actor, Long taskId, long expectedVersion, String reason) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        task.returnToUnit(actor, reason, clock.instant());
        tasks.saveChanges(task);
    }

    /** 限期办结: an overdue task goes to another unit with a new deadline and a reason. */
    public void reassign(Actor actor, Long taskId, long expectedVersion, Long newLeadUnitId, LocalDate newDeadline,
            String reason) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        task.reassign(units.get(newLeadUnitId), newDeadline, reason, actor, clock.instant(), today());
        tasks.saveChanges(task);
    }

    /** The office requires (or no longer requires) a supervisor's confirmation of the reported quantity. */
    public void requireConfirmation(Actor actor, Long taskId, long expectedVersion, boolean required) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        task.requireConfirmation(actor, required, clock.instant());
        tasks.saveChanges(task);
    }

    /** 监理确认: a supervisor confirms or corrects (with a reason) the quantity the unit reported. */
    public void confirmQuantity(Actor actor, Long taskId, long expectedVersion, BigDecimal quantity, String reason) {
        Task task = get(actor, taskId);
        checkVersion(task, expectedVersion);
        task.confirmQuantity(actor, quantity, reason, clock.instant());
        tasks.saveChanges(task);
    }

    /** The open tasks that require confirmation, those awaiting it first, then by deadline. */
    @Transactional(readOnly = true)
    public List<Task> supervised(Actor actor) {
        return tasks.findAll(TaskSpecifications.requiringConfirmation()).stream()
                .filter(t -> t.getStatus() != TaskStatus.CLOSED && actor.canSeeUnit(t.getLeadUnit().getId()))
                .peek(t -> t.getLeadUnit().getLabel())
                .sorted(java.util.Comparator.comparing((Task t) -> !t.isAwaitingConfirmation())
                        .thenComparing(Task::getDeadline))
                .toList();
    }

    /** Overall task completion over a period: the public figure for dashboards. */
    @Transactional(readOnly = true)
    public CompletionRow completion(LocalDate from, LocalDate to) {
        return figures.overall(from, to);
    }

    /** Task completion and on-time completion per lead unit (the unit leading the task now). */
    @Transactional(readOnly = true)
    public List<CompletionRow> completionByUnit(LocalDate from, LocalDate to) {
        return figures.byLeadUnit(from, to);
    }

    /** Task completion and on-time completion per work group; tasks without a group last (id null). */
    @Transactional(readOnly = true)
    public List<CompletionRow> completionByWorkGroup(LocalDate from, LocalDate to) {
        return figures.byWorkGroup(from, to);
    }

    /** The task books imported so far. */
    @Transactional(readOnly = true)
    public List<String> books() {
        return tasks.books();
    }

    @Transactional(readOnly = true)
    public long count() {
        return tasks.count();
    }

    /** The figures of the tasks the actor may see (for a liaison: her unit's, led or helped with). */
    @Transactional(readOnly = true)
    public TaskCounts counts(Actor actor) {
        // one query, not four: every home page shows these
        jakarta.persistence.Tuple row = entityManager.createQuery(TaskSpecifications.countsPerKind(
                entityManager.getCriteriaBuilder(), actor.confinedUnitIds(), today(), staleDays)).getSingleResult();
        return new TaskCounts(row.get(0, Long.class) - row.get(1, Long.class), row.get(2, Long.class),
                row.get(3, Long.class));
    }

    private org.springframework.data.jpa.domain.Specification<Task> spec(Actor actor, TaskFilter filter) {
        List<Long> district = filter.districtId() == null ? null : tasks.unitAndDescendants(filter.districtId());
        return TaskSpecifications.matching(filter, actor.confinedUnitIds(), district,
                today(), staleDays);
    }

    private static void checkVersion(Task task, long expectedVersion) {
        if (task.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Task.class, task.getId());
        }
    }

    static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new AccessDeniedException("only the campaign office manages the task book");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
