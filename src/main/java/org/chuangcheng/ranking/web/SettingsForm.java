package org.chuangcheng.ranking.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.ranking.RankingComponent;
import org.chuangcheng.ranking.RankingSettings;

/** The administrator's ranking settings: a weight per component (0 leaves it out) and the minimum sample. */
@Getter
@Setter
class SettingsForm {

    /** A component's weight: 0 to 100 with at most two decimals, one message for every way it is wrong. */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Weight {
        String message() default "{ranking.settings.weight}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private long version;

    @NotNull(message = "{ranking.settings.minSample}")
    @Min(value = 1, message = "{ranking.settings.minSample}")
    @Max(value = 1000, message = "{ranking.settings.minSample}")
    private Integer minSample;

    @Weight
    private BigDecimal rectification;

    @Weight
    private BigDecimal onTime;

    @Weight
    private BigDecimal compliance;

    @Weight
    private BigDecimal tasks;

    @Weight
    private BigDecimal visits;

    @Weight
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
