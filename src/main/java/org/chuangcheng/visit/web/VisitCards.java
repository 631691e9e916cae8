package org.chuangcheng.visit.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.visit.VisitCompliance;
import org.springframework.stereotype.Component;

/**
 * What the home page shows of visits ({@code visit/home.html}): from the 20th, the pairings not yet visited
 * this month, the leader's own or (for the office) everyone's.
 */
@Component("visitCards")
@RequiredArgsConstructor
class VisitCards {

    private final VisitCompliance compliance;

    /** The pairings still to visit this month, or an empty list before the reminder day. */
    public List<VisitCompliance.Pairing> notYetVisited() {
        if (!compliance.remindersDue()) {
            return List.of();
        }
        var actor = CurrentActor.get();
        Long leaderId = actor.hasAnyRole("LEADER") ? actor.accountId() : null;
        return compliance.notYetVisited(compliance.currentMonth(), leaderId);
    }

    public boolean remindersDue() {
        return compliance.remindersDue();
    }
}
