package org.chuangcheng.task;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.indicator.Indicator;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.AggregateRoot;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.chuangcheng.shared.BusinessRuleException;

/**
 * A task of the task book (任务书): a piece of campaign work with a lead unit (牵头单位), co-units (配合单位)
 * and a deadline. Its steps are the methods below; each refuses an actor who may not take it
 * ({@link NotPermitted}) and an illegal step, records an event on the timeline, which is never rewritten,
 * and registers an event for other features, published when the task is saved. Who may take a step is
 * answered here ({@code mayReport}, {@code mayRequestAcceptance}, ...) for the service and the pages alike.
 */
@Entity
@Table(name = "tasks")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Task extends AggregateRoot {

    /** A report may exceed the target quantity (more done than planned), but not by more than this factor. */
    static final int MAX_TIMES_TARGET = 2;


    @Column(nullable = false, length = 100)
    private String book;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String content;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_group_id")
    private WorkGroup workGroup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id", nullable = false)
    private Unit leadUnit;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_co_units", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> coUnits = new LinkedHashSet<>();

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "target_quantity", precision = 14, scale = 2)
    private BigDecimal targetQuantity;

    @Column(length = 20)
    private String measure;

    /** The sum of the units' contributions. */
    @Column(name = "quantity_done", precision = 14, scale = 2)
    private BigDecimal quantityDone;

    /** Each involved unit's own figure (unit id → its quantity done so far), written only by its own reports. */
    @ElementCollection
    @CollectionTable(name = "task_contributions", joinColumns = @JoinColumn(name = "task_id"))
    @MapKeyColumn(name = "unit_id")
    @Column(name = "quantity", nullable = false, precision = 14, scale = 2)
    private Map<Long, BigDecimal> contributions = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.NOT_STARTED;

    @Column(name = "last_report_on")
    private LocalDate lastReportOn;

    @Column(name = "acceptance_requested_on")
    private LocalDate acceptanceRequestedOn;

    @Column(name = "accepted_requested_on")
    private LocalDate acceptedRequestedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "import_hash", length = 64)
    private String importHash;

    /** 工程监理: the reported quantity counts only once a supervisor has confirmed it. */
    @Column(name = "requires_confirmation", nullable = false)
    private boolean requiresConfirmation;

    @Column(name = "confirmed_quantity", precision = 14, scale = 2)
    private BigDecimal confirmedQuantity;

    /** The reported quantity the confirmation answered: a later, different report needs a new confirmation. */
    @Column(name = "confirmed_reported", precision = 14, scale = 2)
    private BigDecimal confirmedReported;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt asc, id asc")
    private List<TaskEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
    @OrderBy("reportedAt desc, id desc")
    private List<ProgressReport> reports = new ArrayList<>();

    /** A new task, not started yet; the creation is the first event on its timeline. */
    public Task(String book, String code, String title, String content, Unit leadUnit, Collection<Unit> coUnits,
            LocalDate startDate, LocalDate deadline, Actor creator, Instant at) {
        if (deadline.isBefore(startDate)) {
            throw new BusinessRuleException("task.rule.deadlineBeforeStart").concerning("deadline");
        }
        this.book = book;
        this.code = code;
        this.seq = leadingNumber(code);
        this.title = title;
        this.content = content;
        this.leadUnit = Objects.requireNonNull(leadUnit);
        setCoUnits(coUnits);
        this.startDate = startDate;
        this.deadline = deadline;
        this.priority = TaskPriority.NORMAL;
        this.createdBy = creator.accountId();
        record(TaskEventType.CREATE, null, creator, at, null);
    }

    /** The optional parts: where it counts in the evaluation, who oversees it, how much is to be done. */
    void describe(Indicator indicator, WorkGroup workGroup, BigDecimal targetQuantity, String measure,
            TaskPriority priority) {
        if (measure != null && targetQuantity == null) {
            throw new BusinessRuleException("task.rule.measureWithoutQuantity").concerning("measure");
        }
        if (targetQuantity != null && targetQuantity.signum() <= 0) {
            throw new BusinessRuleException("task.rule.targetPositive").concerning("targetQuantity");
        }
        this.indicator = indicator;
        this.workGroup = workGroup;
        this.targetQuantity = targetQuantity;
        this.measure = measure;
        this.priority = priority == null ? TaskPriority.NORMAL : priority;
    }

    /**
     * The office corrects a task by hand: its number, wording, units, dates and target. The lead unit changes
     * this way only before any report (afterwards 限期办结 is the way, which keeps both units on the timeline);
     * a closed task is not edited. The edit is on the timeline.
     */
    void edit(String book, String code, String title, String content, Unit newLeadUnit, Collection<Unit> newCoUnits,
            LocalDate newStart, LocalDate newDeadline, Actor actor, Instant at) {
        requireOffice(actor);
        if (status == TaskStatus.CLOSED) {
            throw new BusinessRuleException("task.rule.closed");
        }
        if (newDeadline.isBefore(newStart)) {
            throw new BusinessRuleException("task.rule.deadlineBeforeStart").concerning("deadline");
        }
        if (!same(newLeadUnit, leadUnit) && !reports.isEmpty()) {
            throw new BusinessRuleException("task.rule.leadUnitFixed").concerning("leadUnitId");
        }
        this.book = book;
        this.code = code;
        this.seq = leadingNumber(code);
        this.title = title;
        this.content = content;
        this.leadUnit = Objects.requireNonNull(newLeadUnit);
        setCoUnits(newCoUnits);
        this.startDate = newStart;
        this.deadline = newDeadline;
        record(TaskEventType.EDIT, status, actor, at, null);
    }

    /** A target can be dropped only while no supervisor's confirmation is required of it. */
    void retarget(BigDecimal newTarget) {
        if (newTarget == null && requiresConfirmation) {
            throw new BusinessRuleException("task.rule.confirmationNeedsTarget").concerning("targetQuantity");
        }
    }

    void markImported(String hash) {
        this.importHash = hash;
    }

    /**
     * 信息报送: the lead unit or a co-unit reports what has been done. A quantity is the reporting unit's own
     * figure so far: it replaces that unit's contribution and no other, and the task's quantity is their sum.
     * A sum above the target needs {@code aboveTargetConfirmed}; one beyond {@link #MAX_TIMES_TARGET} times the
     * target is refused. The first report starts the task; a closed task takes no more reports.
     */
    public ProgressReport reportProgress(String text, BigDecimal quantity, List<Attachment> photos, Actor actor,
            Instant at, LocalDate on, boolean aboveTargetConfirmed) {
        if (status == TaskStatus.CLOSED) {
            throw new BusinessRuleException("task.rule.closed");
        }
        Unit unit = reportingUnit(actor).orElseThrow(() -> new NotPermitted("task.rule.notInvolved"));
        BigDecimal total = quantity == null ? quantityDone : totalWith(unit.getId(), quantity);
        if (quantity != null) {
            checkQuantity(quantity, total, aboveTargetConfirmed);
        }
        ProgressReport report = new ProgressReport(this, unit, text, quantity, photos, actor, at, on);
        reports.add(0, report);
        if (quantity != null) {
            contributions.put(unit.getId(), quantity);
            quantityDone = total;
        }
        lastReportOn = on;
        TaskStatus from = status;
        if (status == TaskStatus.NOT_STARTED) {
            status = TaskStatus.IN_PROGRESS;
        }
        TaskEvent event = record(TaskEventType.REPORT, from, actor, at, null);
        event.attach(report);
        registerEvent(new ProgressReported(getId(), unit.getId(), on, quantity));
        return report;
    }

    private void checkQuantity(BigDecimal quantity, BigDecimal total, boolean aboveTargetConfirmed) {
        if (quantity.signum() < 0) {
            throw new BusinessRuleException("task.rule.quantityNegative").concerning("quantityDone");
        }
        if (targetQuantity == null) {
            return;
        }
        if (total.compareTo(getQuantityCeiling()) > 0) {
            // one mistyped or hostile report would otherwise show the task as done millions of percent
            throw quantityAbsurd();
        }
        if (total.compareTo(targetQuantity) > 0 && !aboveTargetConfirmed) {
            throw new ConfirmationNeeded("task.rule.aboveTarget", plain(total), plain(targetQuantity))
                    .concerning("quantityDone");
        }
    }

    /** The task's total if the unit's contribution were {@code quantity}, the others' staying as they are. */
    private BigDecimal totalWith(Long unitId, BigDecimal quantity) {
        BigDecimal others = contributions.entrySet().stream().filter(e -> !e.getKey().equals(unitId))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return others.add(quantity);
    }

    /** What the other units contributed, beside the unit the actor reports for (for the report form's check). */
    public BigDecimal othersContribution(Actor actor) {
        return reportingUnit(actor).map(u -> totalWith(u.getId(), BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
    }

    /** The actor's unit's own figure so far, or null when it has reported none. */
    public BigDecimal ownContribution(Actor actor) {
        return reportingUnit(actor).map(u -> contributions.get(u.getId())).orElse(null);
    }

    /** Each unit's figure (unit id → quantity done so far). */
    public Map<Long, BigDecimal> getContributions() {
        return Collections.unmodifiableMap(contributions);
    }

    /**
     * The most the task's total may reach (null without a target): the report form checks it before sending, so
     * photos chosen are not lost to a refusal.
     */
    public BigDecimal getQuantityCeiling() {
        return targetQuantity == null ? null : targetQuantity.multiply(BigDecimal.valueOf(MAX_TIMES_TARGET));
    }

    /** The refusal of a total above {@link #getQuantityCeiling()}, also shown by the form before sending. */
    public BusinessRuleException quantityAbsurd() {
        return new BusinessRuleException("task.rule.quantityAbsurd", plain(targetQuantity), MAX_TIMES_TARGET)
                .concerning("quantityDone");
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** 逐项销号, first half: the lead unit says the task is done and asks the office to accept it. */
    public void requestAcceptance(Actor actor, String comment, Instant at, LocalDate on) {
        if (!isLeadLiaison(actor)) {
            throw new NotPermitted("task.rule.notLeadUnit");
        }
        switch (status) {
            case NOT_STARTED -> throw new BusinessRuleException("task.rule.requestNeedsProgress");
            case PENDING_ACCEPTANCE -> throw new BusinessRuleException("task.rule.alreadyPending");
            case CLOSED -> throw new BusinessRuleException("task.rule.closed");
            default -> { }
        }
        TaskStatus from = status;
        status = TaskStatus.PENDING_ACCEPTANCE;
        acceptanceRequestedOn = on;
        record(TaskEventType.REQUEST_ACCEPTANCE, from, actor, at, blankToNull(comment));
        registerEvent(new AcceptanceRequested(getId(), leadUnit.getId(), on, deadline));
    }

    /** The office decides that a supervisor must confirm the quantity this task's unit reports. */
    public void requireConfirmation(Actor actor, boolean required, Instant at) {
        requireOffice(actor);
        if (status == TaskStatus.CLOSED) {
            throw new BusinessRuleException("task.rule.closed");
        }
        if (required && targetQuantity == null) {
            throw new BusinessRuleException("task.rule.confirmationNeedsTarget");
        }
        if (required != requiresConfirmation) {
            requiresConfirmation = required;
            record(TaskEventType.REQUIRE_CONFIRMATION, status, actor, at, null);
        }
    }

    /**
     * 监理确认: a supervisor confirms the quantity the unit reported, or corrects it (a different figure needs a
     * reason). A supervisor does nothing else to a task.
     */
    public void confirmQuantity(Actor actor, BigDecimal quantity, String reason, Instant at) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new NotPermitted("task.rule.supervisorOnly");
        }
        if (!requiresConfirmation) {
            throw new BusinessRuleException("task.rule.noConfirmationRequired");
        }
        if (status == TaskStatus.CLOSED) {
            throw new BusinessRuleException("task.rule.closed");
        }
        if (quantityDone == null) {
            throw new BusinessRuleException("task.rule.nothingToConfirm");
        }
        if (quantity == null || quantity.signum() < 0) {
            throw new BusinessRuleException("task.rule.quantityNegative").concerning("quantity");
        }
        boolean corrected = quantity.compareTo(quantityDone) != 0;
        if (corrected && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("task.rule.correctionNeedsReason").concerning("reason");
        }
        confirmedQuantity = quantity;
        confirmedReported = quantityDone;
        record(TaskEventType.CONFIRM_QUANTITY, status, actor, at, corrected ? reason.trim() : blankToNull(reason));
    }

    /** Whether a supervisor still has to confirm the latest reported quantity. */
    public boolean isAwaitingConfirmation() {
        return requiresConfirmation && quantityDone != null
                && (confirmedReported == null || confirmedReported.compareTo(quantityDone) != 0);
    }

    /** The quantity that counts: the confirmed one when confirmation is required, else the reported one. */
    public BigDecimal getCountedQuantity() {
        return requiresConfirmation ? confirmedQuantity : quantityDone;
    }

    /**
     * 逐项销号, second half: the office accepts the work and closes the task. Below its target quantity it
     * needs {@code belowTargetConfirmed}, and the timeline records the figures it was closed with.
     */
    public void close(Actor actor, String comment, Instant at, LocalDate on, boolean belowTargetConfirmed) {
        requireOffice(actor);
        requirePending();
        if (requiresConfirmation && (quantityDone == null || isAwaitingConfirmation())) {
            throw new BusinessRuleException("task.rule.awaitingConfirmation");
        }
        boolean below = isBelowTarget();
        if (below && !belowTargetConfirmed) {
            throw new ConfirmationNeeded("task.rule.closeBelowTarget", plain(countedOrZero()), plain(targetQuantity));
        }
        status = TaskStatus.CLOSED;
        closedAt = at;
        closedOn = on;
        acceptedRequestedOn = acceptanceRequestedOn;
        TaskEvent event = record(below ? TaskEventType.CLOSE_BELOW_TARGET : TaskEventType.CLOSE,
                TaskStatus.PENDING_ACCEPTANCE, actor, at, blankToNull(comment));
        if (below) {
            event.quantities(countedOrZero(), targetQuantity);
        }
        registerEvent(new TaskAccepted(getId(), leadUnit.getId(), on, deadline, isClosedOnTime()));
    }

    /** Whether the quantity that counts falls short of the target (false without a target). */
    public boolean isBelowTarget() {
        return targetQuantity != null && countedOrZero().compareTo(targetQuantity) < 0;
    }

    private BigDecimal countedOrZero() {
        BigDecimal counted = getCountedQuantity();
        return counted == null ? BigDecimal.ZERO : counted;
    }

    /** The office does not accept the work: back to the unit, with the reason. */
    public void returnToUnit(Actor actor, String reason, Instant at) {
        requireOffice(actor);
        requirePending();
        requireReason(reason);
        status = TaskStatus.IN_PROGRESS;
        acceptanceRequestedOn = null;
        record(TaskEventType.RETURN, TaskStatus.PENDING_ACCEPTANCE, actor, at, reason.trim());
        registerEvent(new TaskReturned(getId(), leadUnit.getId(), deadline));
    }

    /**
     * 限期办结: an overdue task is taken from its lead unit and given to another with a new deadline. The
     * event keeps both units; the reports already made stay with the task.
     */
    public void reassign(Unit newLeadUnit, LocalDate newDeadline, String reason, Actor actor, Instant at,
            LocalDate today) {
        requireOffice(actor);
        if (status == TaskStatus.CLOSED) {
            throw new BusinessRuleException("task.rule.closed");
        }
        if (status == TaskStatus.PENDING_ACCEPTANCE) {
            throw new BusinessRuleException("task.rule.reassignPending");
        }
        if (!isOverdue(today)) {
            throw new BusinessRuleException("task.rule.reassignNotOverdue");
        }
        if (same(newLeadUnit, leadUnit)) {
            throw new BusinessRuleException("task.rule.reassignSameUnit").concerning("unitId");
        }
        if (newDeadline == null || newDeadline.isBefore(today)) {
            throw new BusinessRuleException("task.rule.newDeadlinePast").concerning("deadline");
        }
        requireReason(reason);
        TaskEvent event = record(TaskEventType.REASSIGN, status, actor, at, reason.trim());
        event.units(leadUnit, newLeadUnit);
        event.deadlines(deadline, newDeadline);
        registerEvent(new TaskReassigned(getId(), leadUnit.getId(), newLeadUnit.getId(), deadline, newDeadline));
        coUnits.removeIf(u -> same(u, newLeadUnit));
        leadUnit = newLeadUnit;
        deadline = newDeadline;
    }

    /** 信息报送 is for the liaisons of the units involved and the office (for the lead unit), until closed. */
    public boolean mayReport(Actor actor) {
        return status != TaskStatus.CLOSED && reportingUnit(actor).isPresent();
    }

    /** Only the lead unit's liaison asks for acceptance, once work has started and until it is asked. */
    public boolean mayRequestAcceptance(Actor actor) {
        return isLeadLiaison(actor) && status == TaskStatus.IN_PROGRESS;
    }

    /** The office accepts or returns the work while acceptance is asked for. */
    public boolean mayVerify(Actor actor) {
        return actor.isOfficeOrAdmin() && status == TaskStatus.PENDING_ACCEPTANCE;
    }

    /** The office takes an overdue task from its lead unit (not while acceptance is asked for). */
    public boolean mayReassign(Actor actor, LocalDate today) {
        return actor.isOfficeOrAdmin() && status != TaskStatus.PENDING_ACCEPTANCE && isOverdue(today);
    }

    /** The unit an actor reports for: her own when involved, the lead unit for the office, none otherwise. */
    private Optional<Unit> reportingUnit(Actor actor) {
        if (actor.isConfinedToUnit()) {
            Long unitId = actor.confinedUnitId();
            return same(leadUnit.getId(), unitId) ? Optional.of(leadUnit)
                    : coUnits.stream().filter(u -> same(u.getId(), unitId)).findFirst();
        }
        return actor.isOfficeOrAdmin() ? Optional.of(leadUnit) : Optional.empty();
    }

    private boolean isLeadLiaison(Actor actor) {
        return actor.is(Role.LIAISON) && isLedBy(actor.confinedUnitId());
    }

    private static void requireOffice(Actor actor) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("task.rule.officeOnly");
        }
    }

    private static boolean same(Long a, Long b) {
        return a != null && a.equals(b);
    }

    /** 逾期: the deadline has passed and the task is not closed. */
    public boolean isOverdue(LocalDate today) {
        return status != TaskStatus.CLOSED && deadline.isBefore(today);
    }

    /**
     * 未报送: an open task (not yet waiting for acceptance) whose last report, or its start when it has none,
     * lies more than {@code staleDays} days back.
     */
    public boolean isStale(LocalDate today, int staleDays) {
        if (status != TaskStatus.NOT_STARTED && status != TaskStatus.IN_PROGRESS || startDate.isAfter(today)) {
            return false;
        }
        LocalDate lastActivity = lastReportOn == null ? startDate : lastReportOn;
        return lastActivity.isBefore(today.minusDays(staleDays));
    }

    /** Whether the task was closed and the accepted request came by the deadline. */
    public boolean isClosedOnTime() {
        return status == TaskStatus.CLOSED && acceptedRequestedOn != null && !acceptedRequestedOn.isAfter(deadline);
    }

    /** Done so far as a whole percentage of the target (may exceed 100), or null without a target. */
    public BigDecimal getProgressPercent() {
        if (targetQuantity == null || targetQuantity.signum() == 0) {
            return null;
        }
        BigDecimal counted = getCountedQuantity();
        BigDecimal done = counted == null ? BigDecimal.ZERO : counted;
        return done.multiply(BigDecimal.valueOf(100)).divide(targetQuantity, 0, RoundingMode.HALF_UP);
    }

    /** Whether the unit leads this task or helps with it. */
    public boolean involves(Long unitId) {
        return unitId != null && (unitId.equals(leadUnit.getId())
                || coUnits.stream().anyMatch(u -> unitId.equals(u.getId())));
    }

    /** The lead unit and the co-units: whoever may see one of them may see the task. */
    public List<Long> involvedUnitIds() {
        List<Long> ids = new ArrayList<>();
        ids.add(leadUnit.getId());
        coUnits.forEach(u -> ids.add(u.getId()));
        return ids;
    }

    public boolean isLedBy(Long unitId) {
        return unitId != null && unitId.equals(leadUnit.getId());
    }

    public Set<Unit> getCoUnits() {
        return Collections.unmodifiableSet(coUnits);
    }

    public List<TaskEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<ProgressReport> getReports() {
        return Collections.unmodifiableList(reports);
    }

    private void setCoUnits(Collection<Unit> units) {
        coUnits.clear();
        if (units != null) {
            units.stream().filter(u -> !same(u, leadUnit)).forEach(coUnits::add);
        }
    }

    private static boolean same(Unit a, Unit b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    private TaskEvent record(TaskEventType type, TaskStatus from, Actor actor, Instant at, String comment) {
        TaskEvent event = new TaskEvent(this, type, from, status, actor, at, comment);
        events.add(event);
        return event;
    }

    private void requirePending() {
        if (status != TaskStatus.PENDING_ACCEPTANCE) {
            throw new BusinessRuleException(status == TaskStatus.CLOSED ? "task.rule.closed" : "task.rule.notPending");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("task.rule.reasonRequired").concerning("reason");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static int leadingNumber(String code) {
        int n = 0;
        int i = 0;
        while (i < code.length() && !Character.isDigit(code.charAt(i))) {
            i++;
        }
        for (; i < code.length() && Character.isDigit(code.charAt(i)) && n < 100_000_000; i++) {
            n = n * 10 + (code.charAt(i) - '0');
        }
        return n;
    }
}
