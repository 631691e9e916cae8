package org.chuangcheng.notification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.notification.EscalationSettings;

/** The escalation ladder as the office edits it. */
@Getter
@Setter
class LadderForm {

    private long version;

    @NotNull(message = "{notification.settings.days}")
    @Min(value = 1, message = "{notification.settings.days}")
    @Max(value = 60, message = "{notification.settings.days}")
    private Integer liaisonAfter;

    @NotNull(message = "{notification.settings.days}")
    @Min(value = 1, message = "{notification.settings.days}")
    @Max(value = 60, message = "{notification.settings.days}")
    private Integer headAfter;

    @NotNull(message = "{notification.settings.days}")
    @Min(value = 1, message = "{notification.settings.days}")
    @Max(value = 60, message = "{notification.settings.days}")
    private Integer officeAfter;

    @NotNull(message = "{notification.settings.before}")
    @Min(value = 0, message = "{notification.settings.before}")
    @Max(value = 10, message = "{notification.settings.before}")
    private Integer dueSoonDays;

    @NotNull(message = "{notification.settings.before}")
    @Min(value = 0, message = "{notification.settings.before}")
    @Max(value = 10, message = "{notification.settings.before}")
    private Integer monthClosingDays;

    static LadderForm of(EscalationSettings settings) {
        LadderForm form = new LadderForm();
        form.version = settings.getVersion();
        form.liaisonAfter = settings.getLiaisonAfter();
        form.headAfter = settings.getHeadAfter();
        form.officeAfter = settings.getOfficeAfter();
        form.dueSoonDays = settings.getDueSoonDays();
        form.monthClosingDays = settings.getMonthClosingDays();
        return form;
    }
}
