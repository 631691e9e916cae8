package org.chuangcheng.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.AbstractEntity;

/**
 * A kind of scene citizens report (乱贴乱画, 占道经营…), kept by the office: its time limit to handle
 * (限时处置, working days), to reply (限时回复, working days after the problem closed) and the reward per report.
 * The service code names it in Open311.
 */
@Entity
@Table(name = "report_categories")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportCategory extends AbstractEntity {

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "service_code", nullable = false, length = 30)
    private String serviceCode;

    @Column(name = "handling_days", nullable = false)
    private int handlingDays;

    @Column(name = "reply_days", nullable = false)
    private int replyDays;

    @Column(name = "reward_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal rewardAmount;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private boolean active = true;

    ReportCategory(String name, String serviceCode, int handlingDays, int replyDays, BigDecimal rewardAmount,
            int sortOrder) {
        this.name = name;
        this.serviceCode = serviceCode;
        change(handlingDays, replyDays, rewardAmount, true);
        this.sortOrder = sortOrder;
    }

    void change(int handlingDays, int replyDays, BigDecimal rewardAmount, boolean active) {
        this.handlingDays = handlingDays;
        this.replyDays = replyDays;
        this.rewardAmount = rewardAmount;
        this.active = active;
    }
}
