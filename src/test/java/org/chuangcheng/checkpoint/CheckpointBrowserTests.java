package org.chuangcheng.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.organization.DemoRecords;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The office adds a checkpoint through the form and finds it; a liaison cannot reach another unit's. */
class CheckpointBrowserTests extends AbstractBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeCreatesACheckpointAndFindsItInTheFilteredList() throws Exception {
        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/checkpoints"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-table")));
        screenshot("checkpoint-list-desktop");

        click(By.id("new-checkpoint"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-form")));
        screenshot("checkpoint-form-desktop");

        String name = "浏览器测试农贸市场" + UUID.randomUUID().toString().substring(0, 6);
        fillForm(name);
        driver.findElement(By.id("latitude")).sendKeys("30.612345");
        click(By.id("save-checkpoint"));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#longitude + .invalid-feedback")));
        assertThat(error.getText()).contains("经度和纬度须同时填写");
        screenshot("checkpoint-form-errors-desktop");

        driver.findElement(By.id("longitude")).sendKeys("114.412345");
        click(By.id("save-checkpoint"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-facts")));
        assertThat(driver.findElement(By.id("checkpoint-name")).getText()).contains(name);
        assertThat(driver.findElement(By.id("flash-success")).getText()).contains("点位已保存");
        assertThat(driver.findElement(By.id("checklist")).findElements(By.tagName("li"))).hasSizeGreaterThan(7);
        screenshot("checkpoint-detail-desktop");

        driver.get(url("/checkpoints"));
        // Each filter change reloads the page; the URL changes before the new page is there, so wait for the old
        // table to go and then read only elements of the new page, re-locating them on each poll.
        WebElement unfiltered = driver.findElement(By.id("checkpoint-table"));
        new Select(driver.findElement(By.id("districtId"))).selectByVisibleText("城关区");
        wait.until(ExpectedConditions.stalenessOf(unfiltered));
        wait.until(ExpectedConditions.urlContains("districtId="));
        WebElement byDistrict = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-table")));
        driver.findElement(By.id("q")).sendKeys(name.substring(0, 12));
        click(By.id("filter-submit"));
        wait.until(ExpectedConditions.stalenessOf(byDistrict));
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.and(
                ExpectedConditions.textToBePresentInElementLocated(By.id("checkpoint-table"), name),
                ExpectedConditions.textToBePresentInElementLocated(By.id("checkpoint-table"), "市市场监管局")));
        screenshot("checkpoint-list-filtered-desktop");

        driver.get(url("/units/" + DemoRecords.load(jdbc).liaisonUnitId()));
        WebElement ofUnit = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-checkpoint-list")));
        assertThat(ofUnit.findElement(By.id("unit-checkpoints-all")).getText()).startsWith("查看全部");
        screenshot("unit-detail-desktop");
    }

    @Test
    void aLiaisonCannotSeeAnotherUnitsCheckpoint() throws Exception {
        DemoRecords demo = DemoRecords.load(jdbc);
        String otherName = jdbc.queryForObject("select name from checkpoints where id = ?", String.class,
                demo.otherCheckpointId());
        openPhone();
        signIn("liaison", "Demo@2026");
        driver.get(url("/checkpoints"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-table")));
        assertThat(driver.findElements(By.id("new-checkpoint"))).isEmpty();
        assertThat(driver.findElements(By.id("unitId"))).isEmpty();
        assertThat(driver.findElement(By.id("checkpoint-table")).getText()).doesNotContain(otherName);
        screenshot("checkpoint-list-liaison-phone");

        driver.get(url("/checkpoints?q=" + otherName));
        assertThat(driver.findElement(By.id("checkpoints-empty")).isDisplayed()).isTrue();

        driver.get(url("/checkpoints/" + demo.otherCheckpointId()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("找不到页面");
        assertThat(driver.getPageSource()).doesNotContain(otherName);

        driver.get(url("/checkpoints/" + demo.ownCheckpointId()));
        assertThat(driver.findElement(By.id("checkpoint-facts")).getText()).contains("市场监督管理局");
        screenshot("checkpoint-detail-liaison-phone");
    }

    @Test
    void theListAndFormReadWellOnAPhone() throws Exception {
        openPhone();
        signIn("office", "Demo@2026");
        driver.get(url("/checkpoints"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-table")));
        // a phone reads the table as cards: no header row, labelled cells
        assertThat(driver.findElement(By.cssSelector("#checkpoint-table thead")).isDisplayed()).isFalse();
        screenshot("checkpoint-list-phone");
        driver.get(url("/checkpoints/new"));
        screenshot("checkpoint-form-phone");
        click(By.id("save-checkpoint"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        screenshot("checkpoint-form-errors-phone");
        Long width = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).isLessThanOrEqualTo(360L);
    }

    @Test
    void theReferencePagesReadWellOnAPhone() throws Exception {
        DemoRecords demo = DemoRecords.load(jdbc);
        openPhone();
        signIn("liaison", "Demo@2026");
        driver.get(url("/units/" + demo.liaisonUnitId()));
        // the unit's checkpoints arrive through htmx from the checkpoint feature
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-checkpoint-list")));
        assertThat(driver.findElement(By.id("contact-form")).isDisplayed()).isTrue();
        screenshot("unit-detail-liaison-phone");
        for (String page : new String[] {"/units", "/work-groups", "/categories", "/categories/" + demo.categoryId(),
            "/indicators"}) {
            driver.get(url(page));
            Long width = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(width).as(page).isLessThanOrEqualTo(360L);
            screenshot("reference" + page.replace('/', '-') + "-phone");
        }
    }

    /**
     * Headless Chromium does not make a window narrower than about 500 px, so a true 360 px phone
     * viewport is emulated through the DevTools protocol.
     */
    private void openPhone() throws Exception {
        openBrowser(PHONE);
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    private void fillForm(String name) {
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("categoryId"))).selectByVisibleText("农贸（集贸）市场");
        new Select(driver.findElement(By.id("districtId"))).selectByVisibleText("城关区");
        driver.findElement(By.id("address")).sendKeys("城关区解放路88号");
        new Select(driver.findElement(By.id("responsibleUnitId"))).selectByVisibleText("江城市市场监督管理局");
    }
}
