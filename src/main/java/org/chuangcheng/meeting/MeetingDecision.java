package org.chuangcheng.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.organization.Unit;

/** A meeting's decision, handed to a unit with a deadline as a task or (at a checkpoint) a problem. */
@Entity
@Table(name = "meeting_decisions")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MeetingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "problem_id")
    private Long problemId;

    MeetingDecision(Meeting meeting, int position, String text, Unit unit, LocalDate deadline, Long taskId,
            Long problemId) {
        this.meeting = meeting;
        this.position = position;
        this.text = text;
        this.unit = unit;
        this.deadline = deadline;
        this.taskId = taskId;
        this.problemId = problemId;
    }

    public boolean isTask() {
        return taskId != null;
    }
}
