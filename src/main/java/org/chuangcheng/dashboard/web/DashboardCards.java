package org.chuangcheng.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.dashboard.DashboardPeriod;
import org.chuangcheng.dashboard.DashboardService;
import org.chuangcheng.dashboard.Tile;
import org.chuangcheng.ranking.RankingManagement;
import org.chuangcheng.rates.CheckpointState;
import org.chuangcheng.rates.DashboardFigures;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.task.TaskFilter;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.task.TaskStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The home page's figures for leaders and the office ({@code ${@dashboardCards...}}): the headline tiles of
 * the year so far, a leader's paired checkpoints, the office's task queues. Only for those roles: the home
 * template asks for them only for those roles ({@code actor.hasAnyRole}).
 */
@Component("dashboardCards")
@RequiredArgsConstructor
class DashboardCards {

    private final DashboardService dashboards;
    private final DashboardFigures figures;
    private final CheckpointManagement checkpoints;
    private final TaskManagement tasks;
    private final RankingManagement rankings;
    private final Clock clock;

    /** A paired checkpoint with its state. */
    public record Paired(Checkpoint checkpoint, CheckpointState state) {
    }

    /** A queue on the office's home page: its name, its count and the list behind it. */
    public record Queue(String id, String labelKey, long count, String link) {
    }

    public List<Tile> headline() {
        LocalDate today = LocalDate.now(clock);
        return dashboards.headline(leaderOrOffice(), new DashboardPeriod(today.withDayOfYear(1), today));
    }

    public List<Paired> paired() {
        Actor actor = CurrentActor.get();
        List<Checkpoint> mine = checkpoints.pairedWith(actor.accountId());
        Map<Long, CheckpointState> states = figures.checkpointStates(mine.stream().map(Checkpoint::getId).toList())
                .stream().collect(Collectors.toMap(CheckpointState::checkpointId, Function.identity()));
        return mine.stream().map(c -> new Paired(c, states.get(c.getId()))).toList();
    }

    public List<Queue> taskQueues() {
        Actor actor = leaderOrOffice();
        return List.of(
                new Queue("acceptance", "home.queue.acceptance", count(actor, new TaskFilter(null,
                        TaskStatus.PENDING_ACCEPTANCE, null, null, null, null, false, false, null, null, false, null)),
                        "/tasks?status=PENDING_ACCEPTANCE"),
                new Queue("tasksOverdue", "home.queue.tasksOverdue", count(actor, new TaskFilter(null, null, null, null,
                        null, null, true, false, null, null, false, null)), "/tasks?overdue=true"),
                new Queue("stale", "home.queue.stale", count(actor, new TaskFilter(null, null, null, null, null, null,
                        false, true, null, null, false, null)), "/tasks?stale=true"));
    }

    /** Whether last month's ranking is closed (the office's monthly duty). */
    public boolean lastMonthClosed() {
        return rankings.inForce(YearMonth.now(clock).minusMonths(1)).isPresent();
    }

    public String lastMonth() {
        return YearMonth.now(clock).minusMonths(1).toString();
    }

    private long count(Actor actor, TaskFilter filter) {
        return tasks.search(actor, filter, PageRequest.of(0, 1)).getTotalElements();
    }

    private static Actor leaderOrOffice() {
        Actor actor = CurrentActor.get();
        if (actor.isConfinedToUnit()) {
            throw new org.springframework.security.access.AccessDeniedException("dashboard cards");
        }
        return actor;
    }
}
