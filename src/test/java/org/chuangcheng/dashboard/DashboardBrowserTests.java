package org.chuangcheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.chuangcheng.AbstractBrowserTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' product in a real browser on the demo city: the dashboard on a desktop and a 360 px phone (charts
 * drawn under the strict CSP), the wall screen at 1920×1080 without scrolling, closing last month's ranking and
 * publishing its bulletin.
 */
class DashboardBrowserTests extends AbstractBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    final String lastMonth = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();

    @AfterEach
    void reopenWhatTheTestClosed() {
        jdbc.update("delete from bulletins where month = ?", lastMonth);
        jdbc.update("delete from ranking_entries where edition_id in (select id from ranking_editions where month = ?)", lastMonth);
        jdbc.update("delete from ranking_editions where month = ?", lastMonth);
    }

    private void waitForCharts() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart='worstUnits'] canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart='weeks'] canvas")));
    }

    @Test
    void aLeaderReadsTheCityOnADesktopAPhoneAndTheWallAndTheOfficePublishesTheMonth() throws Exception {
        openBrowser(DESKTOP);
        signIn("leader", "Demo@2026");
        screenshot("dashboard-0-home-leader-desktop");
        driver.get(url("/dashboard"));
        waitForCharts();
        assertThat(driver.findElement(By.cssSelector("#tile-rectificationRate .dash-tile-value")).getText()).matches("\\d+\\.\\d{2}%|—");
        screenshot("dashboard-1-desktop");
        click(By.cssSelector("#tile-overdue"));
        wait.until(ExpectedConditions.urlContains("/problems"));
        assertThat(driver.getCurrentUrl()).contains("scope=overdue");
        // the visit tile opens visit compliance over the dashboard's period, with the same figure
        driver.get(url("/dashboard"));
        String visits = driver.findElement(By.cssSelector("#tile-visits .dash-tile-value")).getText();
        click(By.cssSelector("#tile-visits"));
        wait.until(ExpectedConditions.urlContains("/visits/compliance"));
        assertThat(driver.getCurrentUrl()).contains("from=").contains("to=");
        assertThat(driver.findElement(By.id("city-rate")).getText()).isEqualTo(visits);
        screenshot("dashboard-1b-visits-from-tile");
        driver.quit();

        openBrowser(PHONE);
        signIn("leader", "Demo@2026");
        driver.get(url("/dashboard"));
        waitForCharts();
        assertThat(driver.findElement(By.id("tile-visits")).isDisplayed()).isTrue();
        screenshot("dashboard-2-phone");
        scrollToElement("by-unit", 0);
        screenshot("dashboard-3-phone-units");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        driver.get(url("/rankings?month=" + lastMonth));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
        screenshot("dashboard-3b-phone-ranking");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        driver.quit();

        openBrowser("1920,1080");
        signIn("leader", "Demo@2026");
        driver.get(url("/dashboard/screen"));
        waitForCharts();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart='standards'] canvas")));
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight - window.innerHeight")).isLessThanOrEqualTo(0L);
        assertThat(driver.findElement(By.id("screen-stale")).isDisplayed()).isFalse();
        // the ten tiles share one row, and no figure is cut off
        assertThat(driver.findElement(By.cssSelector("[data-tile='personTimes']")).getLocation().getY())
                .isEqualTo(driver.findElement(By.cssSelector("[data-tile='rectificationRate']")).getLocation().getY());
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('.screen-tile-value')]
                    .filter(e => e.scrollWidth > e.clientWidth).length""")).isZero();
        screenshot("dashboard-4-screen");
        // a refresh that fails (here: the session is gone) keeps the last figures and shows the stale marker
        driver.get(url("/dashboard/screen?refresh=5"));
        waitForCharts();
        String rate = driver.findElement(By.cssSelector("[data-tile='rectificationRate'] .screen-tile-value")).getText();
        driver.manage().deleteAllCookies();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-stale")));
        assertThat(driver.findElement(By.cssSelector("[data-tile='rectificationRate'] .screen-tile-value")).getText())
                .isEqualTo(rate);
        assertThat(driver.findElements(By.cssSelector("[data-chart='weeks'] canvas"))).isNotEmpty();
        screenshot("dashboard-4-screen-stale");
        driver.quit();

        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        screenshot("dashboard-5-home-office-desktop");
        driver.get(url("/rankings?month=" + lastMonth));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking-close")));
        screenshot("dashboard-6-ranking-open");
        click(By.id("ranking-close-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking-reopen")));
        assertThat(driver.findElement(By.id("flash-success")).getText()).contains("已关账");
        screenshot("dashboard-7-ranking-closed");
        driver.get(url("/bulletins"));
        click(By.id("bulletin-publish-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulletin-list")));
        assertThat(driver.findElement(By.id("bulletin-list")).getText()).contains("创建全国文明城市工作通报");
        assertThat(driver.findElements(By.cssSelector("#bulletin-list a[href$='.pdf']"))).isNotEmpty();
        screenshot("dashboard-8-bulletins");
    }
}
