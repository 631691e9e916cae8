package org.chuangcheng.rates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.rates.RateFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rates page in a real browser: the chart is drawn (the CSP lets our scripts run) and the table reads on a phone. */
class RatesBrowserTests extends AbstractBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    RateFixture fixture;
    long district;

    @BeforeEach
    void fourUnitsInOneDistrict() {
        fixture = new RateFixture(jdbc);
        district = fixture.district("浏览器区");
        long category = fixture.category("cat");
        LocalDate assigned = LocalDate.of(2018, 6, 4);
        LocalDate deadline = LocalDate.of(2018, 6, 11);
        int[][] counts = {{8, 2, 1}, {5, 5, 0}, {0, 0, 3}, {9, 1, 2}}; // closed, open with deadline, carried over
        for (int[] c : counts) {
            long unit = fixture.unit("单位");
            long checkpoint = fixture.checkpoint(category, district, unit);
            fixture.problems(c[0], checkpoint, null, unit, "CLOSED", assigned, deadline, deadline.minusDays(1));
            fixture.problems(c[1], checkpoint, null, unit, "ASSIGNED", assigned, deadline, null);
            fixture.problems(c[2], checkpoint, null, unit, "ASSIGNED", assigned, null, null);
            fixture.inspection(checkpoint, RateFixture.at(assigned, 9), 7 + c[2], 10);
        }
    }

    @AfterEach
    void removeFixture() {
        fixture.delete();
    }

    private String ratesUrl() {
        return url("/rates?period=custom&from=2018-06-01&to=2018-06-30&groupBy=unit&districtId=" + district);
    }

    @Test
    void theOfficeSeesTheChartAndTheTableOnADesktop() throws Exception {
        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(ratesUrl());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rates-chart canvas")));
        assertThat(driver.findElement(By.id("total-assigned")).getText()).isEqualTo("36");
        assertThat(driver.findElement(By.id("total-rectificationRate")).getText()).startsWith("73.33%");
        screenshot("rates-desktop");
    }

    @Test
    void theTableReadsAsCardsOnAPhone() throws Exception {
        openBrowser(PHONE);
        signIn("leader", "Demo@2026");
        driver.get(ratesUrl());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rates-chart canvas")));
        screenshot("rates-phone");
        scrollToElement("rates-table", 60);
        screenshot("rates-phone-table");
    }
}
