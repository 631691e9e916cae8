package org.chuangcheng.visit;

import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.problem.ProblemSeverity;

/**
 * A visit as a leader (or her unit's liaison) logs it.
 *
 * @param found problems found on the visit, each raised to the checkpoint's unit with its class's deadline
 */
public record NewVisit(Long checkpointId, LocalDate visitedOn, String participants, String checked,
        String solvedOnSpot, int solvedCount, List<Finding> found) {

    /** A problem found on the visit. */
    public record Finding(String description, ProblemSeverity severity) {
    }
}
