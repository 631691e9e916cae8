package org.chuangcheng.meeting;

import java.time.LocalDate;
import java.util.Set;

/** A meeting as the office records it; a unit present counts as expected too. */
public record MeetingDetails(MeetingKind kind, LocalDate heldOn, String title, String chair, String minutes,
        Set<Long> expectedUnitIds, Set<Long> presentUnitIds) {
}
