package org.chuangcheng.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.AbstractEntity;
import org.chuangcheng.shared.BusinessRuleException;

/**
 * A meeting: when, what kind, who chaired, the units expected and which came, the minutes, and its decisions.
 * A unit present is always one expected. Never deleted.
 */
@Entity
@Table(name = "meetings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Meeting extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 50)
    private String chair;

    @Column(length = 10000)
    private String minutes;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    // the list page counts each meeting's absences: one query loads the attendance of a page of meetings
    @org.hibernate.annotations.BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<MeetingDecision> decisions = new ArrayList<>();

    Meeting(Long recordedBy) {
        this.recordedBy = recordedBy;
    }

    void record(MeetingKind kind, LocalDate heldOn, String title, String chair, String minutes,
            Collection<Long> expected, Collection<Long> present) {
        Set<Long> all = new LinkedHashSet<>(expected);
        all.addAll(present);
        if (all.isEmpty()) {
            throw new BusinessRuleException("meeting.expected.required").concerning("expectedUnitIds");
        }
        this.kind = kind;
        this.heldOn = heldOn;
        this.title = title;
        this.chair = chair;
        this.minutes = minutes;
        attendance.clear();
        for (Long unitId : all) {
            attendance.add(new Attendance(unitId, present.contains(unitId)));
        }
    }

    MeetingDecision decide(String text, Unit unit, LocalDate deadline, Long taskId, Long problemId) {
        MeetingDecision decision = new MeetingDecision(this, decisions.size() + 1, text, unit, deadline, taskId,
                problemId);
        decisions.add(decision);
        return decision;
    }

    public List<Attendance> getAttendance() {
        return Collections.unmodifiableList(attendance);
    }

    public List<MeetingDecision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }

    public long absentCount() {
        return attendance.stream().filter(a -> !a.isPresent()).count();
    }

    public boolean expects(Long unitId) {
        return attendance.stream().anyMatch(a -> a.getUnitId().equals(unitId));
    }

    public boolean hadPresent(Long unitId) {
        return attendance.stream().anyMatch(a -> a.getUnitId().equals(unitId) && a.isPresent());
    }
}
