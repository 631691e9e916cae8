package org.chuangcheng.ranking.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.ranking.RankingComponent;
import org.chuangcheng.ranking.RankingSettings;

/** The administrator's ranking settings: a weight per component (0 leaves it out) and the minimum sample. */
@Getter
@Setter
class SettingsForm {

    private long version;

    @NotNull(message = "{ranking.settings.minSample}")
    @Min(value = 1, message = "{ranking.settings.minSample}")
    @Max(value = 1000, message = "{ranking.settings.minSample}")
    private Integer minSample;

    @NotNull(message = "{ranking.settings.weight}")
    @DecimalMin(value = "0", message = "{ranking.settings.weight}")
    @DecimalMax(value = "100", message = "{ranking.settings.weight}")
    @Digits(integer = 3, fraction = 2, message = "{ranking.settings.weight}")
    private BigDecimal rectification;

    @NotNull(message = "{ranking.settings.weight}")
    @DecimalMin(value = "0", message = "{ranking.settings.weight}")
    @DecimalMax(value = "100", message = "{ranking.settings.weight}")
    @Digits(integer = 3, fraction = 2, message = "{ranking.settings.weight}")
    private BigDecimal onTime;

    @NotNull(message = "{ranking.settings.weight}")
    @DecimalMin(value = "0", message = "{ranking.settings.weight}")
    @DecimalMax(value = "100", message = "{ranking.settings.weight}")
    @Digits(integer = 3, fraction = 2, message = "{ranking.settings.weight}")
    private BigDecimal compliance;

    @NotNull(message = "{ranking.settings.weight}")
    @DecimalMin(value = "0", message = "{ranking.settings.weight}")
    @DecimalMax(value = "100", message = "{ranking.settings.weight}")
    @Digits(integer = 3, fraction = 2, message = "{ranking.settings.weight}")
    private BigDecimal tasks;

    @NotNull(message = "{ranking.settings.weight}")
    @DecimalMin(value = "0", message = "{ranking.settings.weight}")
    @DecimalMax(value = "100", message = "{ranking.settings.weight}")
    @Digits(integer = 3, fraction = 2, message = "{ranking.settings.weight}")
    private BigDecimal visits;

    @NotNull(message = "{ranking.settings.weight}")
    @DecimalMin(value = "0", message = "{ranking.settings.weight}")
    @DecimalMax(value = "100", message = "{ranking.settings.weight}")
    @Digits(integer = 3, fraction = 2, message = "{ranking.settings.weight}")
    private BigDecimal reports;

    static SettingsForm of(RankingSettings s) {
        SettingsForm form = new SettingsForm();
        form.version = s.version();
        form.minSample = s.minSample();
        form.rectification = s.weight(RankingComponent.RECTIFICATION);
        form.onTime = s.weight(RankingComponent.ON_TIME);
        form.compliance = s.weight(RankingComponent.COMPLIANCE);
        form.tasks = s.weight(RankingComponent.TASKS);
        form.visits = s.weight(RankingComponent.VISITS);
        form.reports = s.weight(RankingComponent.REPORTS);
        return form;
    }
}
