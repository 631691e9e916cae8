package org.chuangcheng.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.meeting.Attendance;
import org.chuangcheng.meeting.Meeting;
import org.chuangcheng.meeting.MeetingDetails;
import org.chuangcheng.meeting.MeetingKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting with its attendance: one tick for each unit expected, one for each unit present. */
@Getter
@Setter
class MeetingForm {

    private long version;

    @NotNull(message = "{validation.notNull}")
    private MeetingKind kind = MeetingKind.WEEKLY;

    @NotNull(message = "{meeting.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 200, message = "{validation.maxSize}")
    private String title;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 50, message = "{validation.maxSize}")
    private String chair;

    @Size(max = 10000, message = "{validation.maxSize}")
    private String minutes;

    private Set<Long> expectedUnitIds = new LinkedHashSet<>();

    private Set<Long> presentUnitIds = new LinkedHashSet<>();

    MeetingDetails toDetails() {
        return new MeetingDetails(kind, heldOn, title, chair, minutes, expectedUnitIds, presentUnitIds);
    }

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.version = meeting.getVersion();
        form.kind = meeting.getKind();
        form.heldOn = meeting.getHeldOn();
        form.title = meeting.getTitle();
        form.chair = meeting.getChair();
        form.minutes = meeting.getMinutes();
        for (Attendance a : meeting.getAttendance()) {
            form.expectedUnitIds.add(a.getUnitId());
            if (a.isPresent()) {
                form.presentUnitIds.add(a.getUnitId());
            }
        }
        return form;
    }
}
