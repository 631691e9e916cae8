package org.chuangcheng.visit;

import java.time.LocalDate;

/** A visit was logged or corrected (its day may have moved): the leader's 走访率 of that month may have changed. */
public record VisitRecorded(Long visitId, Long checkpointId, Long leaderId, LocalDate visitedOn) {
}
