package org.chuangcheng.problem;

/** A problem event as the timeline shows it, with the names of the people and units involved. */
public record TimelineEntry(ProblemEvent event, String actorName, String oldUnitName, String newUnitName) {
}
