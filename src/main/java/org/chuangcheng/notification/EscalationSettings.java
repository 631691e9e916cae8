package org.chuangcheng.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.BusinessRuleException;

/**
 * The escalation ladder the office sets (one row): after how many working days overdue the liaison, the unit's
 * head, and the office with the checkpoint's paired leader hear of a problem; how many working days before a
 * deadline the liaison is reminded; how many working days before the month's end liaisons are reminded to report.
 */
@Entity
@Table(name = "escalation_settings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EscalationSettings {

    static final int MAX_DAYS = 60;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(name = "liaison_after")
    private int liaisonAfter;

    @Column(name = "head_after")
    private int headAfter;

    @Column(name = "office_after")
    private int officeAfter;

    @Column(name = "due_soon_days")
    private int dueSoonDays;

    @Column(name = "month_closing_days")
    private int monthClosingDays;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Each level later than the one before, every number within 1–60 (0 allowed for the reminders before). */
    void change(int liaisonAfter, int headAfter, int officeAfter, int dueSoonDays, int monthClosingDays) {
        if (liaisonAfter < 1 || officeAfter > MAX_DAYS) {
            throw new BusinessRuleException("notification.settings.range").concerning("liaisonAfter");
        }
        if (headAfter <= liaisonAfter) {
            throw new BusinessRuleException("notification.settings.order").concerning("headAfter");
        }
        if (officeAfter <= headAfter) {
            throw new BusinessRuleException("notification.settings.order").concerning("officeAfter");
        }
        if (dueSoonDays < 0 || dueSoonDays > 10 || monthClosingDays < 0 || monthClosingDays > 10) {
            throw new BusinessRuleException("notification.settings.before").concerning("dueSoonDays");
        }
        this.liaisonAfter = liaisonAfter;
        this.headAfter = headAfter;
        this.officeAfter = officeAfter;
        this.dueSoonDays = dueSoonDays;
        this.monthClosingDays = monthClosingDays;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
