package org.chuangcheng.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.Moment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For loaders (the demo city, imports of an earlier system) that play past reports forward with past dates.
 * Every step goes through the same guarded methods as the live ones; only the moment is given. A dispatched
 * report's problem is raised through {@link ProblemManagement}, and its later steps are the loader's to play
 * and save with {@link ProblemManagement#importHistory}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ReportHistory {

    private final CitizenReports reports;
    private final ReportCategories categories;
    private final CitizenReportManagement management;
    private final RewardManagement rewards;

    public CitizenReport submitted(String serviceCode, String description, ReportPlace place, String phone,
            Instant at, LocalDate day) {
        ReportCategory category = categories.findByServiceCode(serviceCode)
                .orElseThrow(() -> new IllegalStep("report.category.required"));
        String ticket;
        do {
            ticket = Tickets.next(day);
        } while (reports.existsByTicket(ticket));
        return reports.save(new CitizenReport(ticket, ReportSource.WEB, category, description, place, phone, null, at));
    }

    public void accept(Actor office, CitizenReport report, Instant at) {
        report.accept(null, office, at);
    }

    public void reject(Actor office, CitizenReport report, RejectReason reason, String comment, Instant at) {
        report.reject(reason, comment, office, at);
    }

    public void merge(Actor office, CitizenReport report, CitizenReport earlier, Instant at) {
        report.mergeInto(earlier, office, at);
    }

    /** Dispatches an accepted report on {@code when}: the problem raised (not yet saved with later steps). */
    public Problem dispatch(Actor office, CitizenReport report, Checkpoint checkpoint, Moment when) {
        return management.dispatch(office, report, checkpoint, null, when);
    }

    /** Its problem was closed after verification at {@code closedAt}: resolved, reply due, reward earned. */
    public void resolved(CitizenReport report, Instant closedAt) {
        management.problemClosed(report.getProblemId(), closedAt);
    }

    public void reply(Actor office, CitizenReport report, String text, Moment when) {
        report.reply(text, office, when.at(), when.day());
        reports.findByProblemIdOrderById(report.getProblemId()).forEach(r -> r.shareReply(report));
    }

    /** Settles the rewards due before {@code paidBefore}: most paid, every {@code refuseEvery}-th refused. */
    public void settleRewards(Actor office, LocalDate paidBefore, int refuseEvery, Instant at) {
        rewards.settleHistory(office, paidBefore, refuseEvery, at);
    }
}
