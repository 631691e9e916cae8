package org.chuangcheng.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.AbstractEntity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;

/** One line of the payout ledger: the reward a report earned, and what the office did with it. */
@Entity
@Table(name = "report_rewards")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Reward extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private CitizenReport report;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RewardStatus status;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(length = 500)
    private String reason;

    private Reward(CitizenReport report, BigDecimal amount, RewardStatus status, LocalDate dueOn, String reason) {
        this.report = report;
        this.phone = report.getPhone();
        this.amount = amount;
        this.status = status;
        this.dueOn = dueOn;
        this.reason = reason;
    }

    static Reward due(CitizenReport report, BigDecimal amount, LocalDate dueOn) {
        return new Reward(report, amount, RewardStatus.DUE, dueOn, null);
    }

    /** Earned, but the phone already reached the month's cap: recorded as refused so the ledger says why. */
    static Reward overCap(CitizenReport report, BigDecimal amount, LocalDate dueOn, String reason) {
        return new Reward(report, amount, RewardStatus.REFUSED, dueOn, reason);
    }

    void pay(Actor actor, Instant at) {
        decide(actor, at);
        status = RewardStatus.PAID;
    }

    void refuse(String why, Actor actor, Instant at) {
        if (why == null || why.isBlank()) {
            throw new IllegalStep("report.reward.reason.required").concerning("reason");
        }
        decide(actor, at);
        status = RewardStatus.REFUSED;
        reason = why.trim();
    }

    private void decide(Actor actor, Instant at) {
        if (!actor.is(Role.OFFICE)) {
            throw new NotPermitted("report.step.notPermitted");
        }
        if (status != RewardStatus.DUE) {
            throw new IllegalStep("report.reward.decided");
        }
        decidedAt = at;
        decidedBy = actor.accountId();
    }

    public String maskedPhone() {
        return PhoneNumbers.mask(phone);
    }
}
