package org.chuangcheng.report;

import java.util.List;
import org.chuangcheng.problem.Problem;

/**
 * What may be the same scene as a report: earlier reports of its category nearby and recent (with their
 * distance in metres, when both have a position), and the open problems at its checkpoint.
 */
public record DuplicateCandidates(List<Nearby> reports, List<Problem> openProblems) {

    public record Nearby(CitizenReport report, Integer metres) {
    }
}
