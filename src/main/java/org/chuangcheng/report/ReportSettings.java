package org.chuangcheng.report;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The channel's settings ({@code app.reports.*}): the per-address limits on the public page, what counts
 * as "the same scene" (distance in metres, days apart) and the most a phone may earn in a month.
 */
@ConfigurationProperties("app.reports")
record ReportSettings(Integer perAddressHourly, Integer perAddressDaily, Integer duplicateMetres,
        Integer duplicateDays, BigDecimal monthlyRewardCap) {

    ReportSettings {
        perAddressHourly = perAddressHourly == null ? 5 : perAddressHourly;
        perAddressDaily = perAddressDaily == null ? 20 : perAddressDaily;
        duplicateMetres = duplicateMetres == null ? 100 : duplicateMetres;
        duplicateDays = duplicateDays == null ? 7 : duplicateDays;
        monthlyRewardCap = monthlyRewardCap == null ? new BigDecimal("100") : monthlyRewardCap;
    }
}
