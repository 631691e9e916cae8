package org.chuangcheng.task;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.Actor;

/** One step on a task's timeline: who did what, when, and why. Written once, never changed. */
@Entity
@Table(name = "task_events")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TaskEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private TaskEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private TaskStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private TaskStatus toStatus;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    /** The name as it was when the step was taken: the timeline reads the same after a rename. */
    @Column(name = "actor_name", nullable = false, length = 50)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "old_unit_id")
    private Unit oldUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_unit_id")
    private Unit newUnit;

    @Column(name = "old_deadline")
    private LocalDate oldDeadline;

    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    /** For a close below target: the quantity done and the target at that moment. */
    @Column(precision = 14, scale = 2)
    private java.math.BigDecimal quantity;

    @Column(precision = 14, scale = 2)
    private java.math.BigDecimal target;

    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "report_id")
    private ProgressReport report;

    TaskEvent(Task task, TaskEventType type, TaskStatus fromStatus, TaskStatus toStatus, Actor actor, Instant at,
            String comment) {
        this.task = task;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actor.accountId();
        this.actorName = actor.displayName() == null ? actor.username() : actor.displayName();
        this.occurredAt = at;
        this.comment = comment;
    }

    void attach(ProgressReport report) {
        this.report = report;
    }

    void units(Unit oldUnit, Unit newUnit) {
        this.oldUnit = oldUnit;
        this.newUnit = newUnit;
    }

    void quantities(java.math.BigDecimal quantity, java.math.BigDecimal target) {
        this.quantity = quantity;
        this.target = target;
    }

    void deadlines(LocalDate oldDeadline, LocalDate newDeadline) {
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
    }
}
