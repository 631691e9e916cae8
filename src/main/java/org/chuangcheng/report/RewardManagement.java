package org.chuangcheng.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewards that cannot be gamed: one per report at most, only for a report accepted, not merged into
 * another and whose problem was closed after verification ({@link CitizenReportManagement#problemClosed}),
 * only to a phone, at most the monthly cap per phone. The payout ledger (due, paid, refused with a
 * reason) and the finance office's batch are the office's; the batch is the one export with phone numbers.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RewardManagement {

    private final Rewards rewards;
    private final ReportSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    /** The reward a resolved report earned on {@code closedOn}, unless it has one, has no phone or its category pays nothing. */
    void grant(CitizenReport report, LocalDate closedOn) {
        BigDecimal amount = report.getCategory().getRewardAmount();
        if (report.getPhone() == null || report.isDuplicate() || amount.signum() <= 0
                || rewards.existsByReportId(report.getId())) {
            return;
        }
        YearMonth month = YearMonth.from(closedOn);
        BigDecimal earned = rewards.earned(report.getPhone(), month.atDay(1), month.plusMonths(1).atDay(1));
        if (earned.add(amount).compareTo(settings.monthlyRewardCap()) > 0) {
            rewards.save(Reward.overCap(report, amount, closedOn, messages.getMessage("report.reward.overCap",
                    new Object[] {settings.monthlyRewardCap()}, Locale.SIMPLIFIED_CHINESE)));
        } else {
            rewards.save(Reward.due(report, amount, closedOn));
        }
    }

    @Transactional(readOnly = true)
    public Page<Reward> ledger(Actor actor, RewardStatus status, Pageable pageable) {
        requireOffice(actor);
        return rewards.search(status, pageable);
    }

    public Reward pay(Actor actor, Long id, long version) {
        Reward reward = current(actor, id, version);
        reward.pay(actor, clock.instant());
        return reward;
    }

    public Reward refuse(Actor actor, Long id, long version, String reason) {
        Reward reward = current(actor, id, version);
        reward.refuse(reason, actor, clock.instant());
        return reward;
    }

    /** The batch for the finance office: every reward due, with the full phone number, as .xlsx. */
    @Transactional(readOnly = true)
    public void exportDue(Actor actor, Locale locale, OutputStream out) throws IOException {
        requireOffice(actor);
        List<Reward> due = rewards.findByStatusOrderByDueOnAscIdAsc(RewardStatus.DUE);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(messages.getMessage("report.rewards.batch", null, locale));
            String[] headers = {"report.ticket", "report.category", "report.phone", "report.reward.amount",
                    "report.reward.dueOn"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage(headers[i], null, locale));
            }
            int n = 1;
            BigDecimal total = BigDecimal.ZERO;
            for (Reward r : due) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.getReport().getTicket());
                row.createCell(1).setCellValue(r.getReport().getCategory().getName());
                row.createCell(2).setCellValue(r.getPhone());
                row.createCell(3).setCellValue(r.getAmount().doubleValue());
                row.createCell(4).setCellValue(r.getDueOn().toString());
                total = total.add(r.getAmount());
            }
            Row sum = sheet.createRow(n);
            sum.createCell(0).setCellValue(messages.getMessage("report.rewards.total", null, locale));
            sum.createCell(3).setCellValue(total.doubleValue());
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            book.write(out);
        }
    }

    /** For loaders: the rewards due before {@code paidBefore} paid, every {@code refuseEvery}-th refused. */
    void settleHistory(Actor office, LocalDate paidBefore, int refuseEvery, java.time.Instant at) {
        int n = 0;
        for (Reward reward : rewards.findByStatusOrderByDueOnAscIdAsc(RewardStatus.DUE)) {
            if (!reward.getDueOn().isBefore(paidBefore)) {
                continue;
            }
            if (++n % refuseEvery == 0) {
                reward.refuse(messages.getMessage("report.reward.demoRefusal", null, Locale.SIMPLIFIED_CHINESE), office, at);
            } else {
                reward.pay(office, at);
            }
        }
    }

    private Reward current(Actor actor, Long id, long version) {
        requireOffice(actor);
        Reward reward = rewards.findById(id).orElseThrow(() -> new NotFoundException("reward", id));
        if (reward.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Reward.class, id);
        }
        return reward;
    }

    private static void requireOffice(Actor actor) {
        if (!actor.is(Role.OFFICE)) {
            throw new NotPermitted("report.step.notPermitted");
        }
    }
}
