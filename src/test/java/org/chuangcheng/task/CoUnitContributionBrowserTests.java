package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-unit's liaison reports her unit's own figure on her phone; the total passing the target is confirmed
 * before sending; the task page shows each unit's figure and the total; the office closes a task below its
 * target after confirming it.
 */
class CoUnitContributionBrowserTests extends AbstractBrowserTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    Task task(String title) {
        Long lead = units.findByName("市城管局").orElseThrow().getId();
        Long co = units.findByName("市市场监管局").orElseThrow().getId();
        Task task = tasks.create(actor("office"), new TaskDetails("配合单位浏览器测试-" + UUID.randomUUID(), "1", title,
                title, null, null, lead, List.of(co), tasks.today(), tasks.today().plusDays(30),
                new BigDecimal("3600"), "块", TaskPriority.NORMAL));
        tasks.reportProgress(actor("liaison2"), task.getId(), tasks.get(actor("office"), task.getId()).getVersion(),
                "城管局完成 3000 块", new BigDecimal("3000"), List.of());
        return task;
    }

    @Test
    void aCoUnitReportsItsOwnFigureOnHerPhoneAndConfirmsPassingTheTarget() throws Exception {
        Task task = task("店招店牌规范整治");

        openBrowser(PHONE);
        signIn("liaison", "Demo@2026");
        driver.get(url("/tasks/mine"));
        click(By.id("report-" + task.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        assertThat(driver.findElement(By.id("others-contribution")).getText()).contains("其他单位已完成 3000 块");
        driver.findElement(By.id("text")).sendKeys("市场监管局完成 800 块店招核查。");
        driver.findElement(By.id("quantityDone")).sendKeys("800");
        screenshot("task-co-1-report-phone");
        click(By.id("report-submit"));
        var alert = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(alert.getText()).contains("3800", "3600");
        alert.accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));

        driver.get(url("/tasks/" + task.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contributions")));
        assertThat(driver.findElement(By.id("contributions")).getText())
                .contains("市城管局", "3000 块", "市市场监管局", "800 块");
        assertThat(driver.findElement(By.id("contribution-total")).getText()).isEqualTo("3800 / 3600 块");
        scrollToElement("contributions", 80);
        screenshot("task-co-2-figures-phone");
    }

    @Test
    void aTotalAboveTwiceTheTargetIsRefusedBeforeSendingAndTheChosenPhotoStays() throws Exception {
        Task task = task("户外广告整治");
        Path photo = Files.createTempFile("现场", ".jpg");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());

        openBrowser(PHONE);
        signIn("liaison", "Demo@2026");
        driver.get(url("/tasks/" + task.getId() + "/report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        driver.findElement(By.id("text")).sendKeys("市场监管局完成户外广告核查。");
        driver.findElement(By.id("quantityDone")).sendKeys("999999999");
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("report-submit"));
        // no question and no round trip: the message is at the field and the photo is still chosen
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quantityDone-error"), "最多为目标的 2 倍"));
        assertThat(driver.findElement(By.id("quantityDone")).getAttribute("class")).contains("is-invalid");
        assertThat(((JavascriptExecutor) driver).executeScript("return document.getElementById('photos').files.length"))
                .isEqualTo(1L);
        screenshot("task-co-5-ceiling-refused-phone");

        driver.findElement(By.id("quantityDone")).clear();
        driver.findElement(By.id("quantityDone")).sendKeys("500");
        click(By.id("report-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        driver.get(url("/tasks/" + task.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contributions")));
        assertThat(driver.findElements(By.cssSelector(".report-photo"))).hasSize(1);
    }

    @Test
    void theOfficeClosesATaskBelowItsTargetOnlyAfterConfirmingIt() throws Exception {
        Task task = task("占道经营整治");
        tasks.requestAcceptance(actor("liaison2"), task.getId(), tasks.get(actor("office"), task.getId()).getVersion(),
                "已完成主要路段");

        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/tasks/" + task.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("below-target")));
        click(By.id("close-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("close-form"), "请勾选确认后再销号"));
        screenshot("task-co-3-close-below-target-desktop");
        click(By.id("belowTargetConfirmed1"));
        click(By.id("close-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("低于目标销号", "销号时完成 3000 / 目标 3600 块");
        screenshot("task-co-4-closed-below-target-desktop");
    }
}
