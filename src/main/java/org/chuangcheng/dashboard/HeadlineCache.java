package org.chuangcheng.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.chuangcheng.activity.ActivityRecorded;
import org.chuangcheng.inspection.InspectionFinished;
import org.chuangcheng.problem.DeadlineExtended;
import org.chuangcheng.problem.ProblemAssigned;
import org.chuangcheng.problem.ProblemCancelled;
import org.chuangcheng.problem.ProblemClosed;
import org.chuangcheng.problem.ProblemReassigned;
import org.chuangcheng.problem.ProblemReturned;
import org.chuangcheng.problem.RectificationSubmitted;
import org.chuangcheng.report.ReportStatusChanged;
import org.chuangcheng.task.AcceptanceRequested;
import org.chuangcheng.task.ProgressReported;
import org.chuangcheng.task.TaskAccepted;
import org.chuangcheng.task.TaskReassigned;
import org.chuangcheng.task.TaskReturned;
import org.chuangcheng.visit.VisitRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The home pages' headline tiles, kept for a short while ({@code app.dashboard.headline-ttl}, a minute by
 * default) so that every leader's and the office's home page view does not count the city again: dropped as
 * soon as a problem, task, inspection, visit, citizen report or volunteer activity changes in this instance (after its transaction commits), and at the
 * latest after the time to live, which bounds what changes it cannot see (another instance, SQL, today turning
 * into tomorrow).
 */
@Component
class HeadlineCache {

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    HeadlineCache(@Value("${app.dashboard.headline-ttl:PT1M}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    private record Entry(List<Tile> tiles, long expiresAt) {
    }

    List<Tile> get(Object key, Supplier<List<Tile>> compute) {
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.tiles();
        }
        List<Tile> tiles = List.copyOf(compute.get());
        entries.put(key, new Entry(tiles, now + ttlNanos));
        return tiles;
    }

    /**
     * Drops the tiles once the change is committed (or at once outside a transaction). A plain listener rather
     * than a transactional one: Spring Modulith would record every delivery to it in the event publication table.
     */
    @EventListener(classes = {ProblemAssigned.class,
        RectificationSubmitted.class, ProblemClosed.class, ProblemReturned.class, ProblemReassigned.class,
        DeadlineExtended.class, ProblemCancelled.class, ProgressReported.class, AcceptanceRequested.class,
        TaskAccepted.class, TaskReturned.class, TaskReassigned.class, InspectionFinished.class,
        VisitRecorded.class, ReportStatusChanged.class, ActivityRecorded.class})
    void evict() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        } else {
            entries.clear();
        }
    }
}
