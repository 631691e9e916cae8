package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.security.AccountManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * One problem from inspection to closure, clicked through as people do it: the inspector on a phone
 * marks a standard failed and takes a photo, the unit's liaison answers on her phone with a photo, the
 * office verifies on a desktop and closes it; the timeline shows every step.
 */
class RectificationLoopBrowserTests extends AbstractBrowserTests {

    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    CheckpointCatalog catalog;
    @Autowired
    AccountManagement accounts;

    @Test
    void aProblemGoesFromInspectionToClosure() throws Exception {
        var liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        Checkpoint market = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        List<Standard> checklist = catalog.checklist(market.getCategory().getId());
        Path photo = photo();

        // 1. the inspector on a phone
        openBrowser(PHONE);
        signIn("inspector", "Demo@2026");
        driver.get(url("/inspections/new"));
        driver.findElement(By.id("q")).sendKeys(market.getName());
        driver.findElement(By.id("q")).submit();
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choose-" + market.getId())));
        screenshot("inspection-1-choose-phone");
        click(choice);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-form")));
        Long failed = checklist.get(0).getId();
        click(driver.findElement(By.cssSelector("label[for='result-" + failed + "-FAIL']")));
        driver.findElement(By.id("note-" + failed)).sendKeys("东门公益广告牌破损");
        driver.findElement(By.id("photo-" + failed)).sendKeys(photo.toString());
        click(By.id("rest-pass"));
        assertThat(driver.findElement(By.id("answered-count")).getText())
                .isEqualTo("已填 " + checklist.size() + "/" + checklist.size() + " 项");
        driver.findElement(By.id("photos")).sendKeys(overview().toString());
        screenshot("inspection-2-form-phone");
        click(driver.findElement(By.id("finish-inspection")));
        org.openqa.selenium.Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).startsWith("将交办 1 个问题");
        confirm.accept();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(40))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("raised-problems")));
        assertThat(driver.findElement(By.id("compliance")).getText()).endsWith("%");
        screenshot("inspection-3-finished-phone");
        List<WebElement> raised = driver.findElements(By.cssSelector("#raised-problems a"));
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).getText()).as("the problem is titled by what the inspector saw")
                .isEqualTo("东门公益广告牌破损");
        String problemUrl = raised.get(0).getAttribute("href");
        String problemId = problemUrl.substring(problemUrl.lastIndexOf('/') + 1);

        // 2. the liaison answers on her phone
        signOut();
        signIn("liaison", "Demo@2026");
        // the demo city's unit has dozens of open problems: she finds this one by what it says
        String byTitle = "&q=" + java.net.URLEncoder.encode("东门公益广告牌破损", java.nio.charset.StandardCharsets.UTF_8);
        driver.get(url("/problems?scope=open" + byTitle));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-" + problemId)));
        screenshot("inspection-4-liaison-workspace-phone");
        click(card.findElement(By.cssSelector(".btn-submit-rectification")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        driver.findElement(By.id("text")).sendKeys("已在东门补设公益广告 5 处，现场已规范。");
        driver.findElement(By.id("photos")).sendKeys(photo.toString());
        screenshot("inspection-5-submit-phone");
        click(driver.findElement(By.id("send-rectification")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(driver.findElement(By.id("problem-status")).getText()).isEqualTo("待复查");
        screenshot("inspection-6-submitted-phone");
        driver.quit();
        driver = null;

        // 3. the office verifies on a desktop
        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/problems?scope=pending" + byTitle));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-" + problemId)));
        screenshot("inspection-7-verification-queue-desktop");
        driver.get(url("/problems/" + problemId));
        driver.findElement(By.id("close-comment")).sendKeys("现场复核，整改到位");
        screenshot("inspection-8-verify-desktop");
        click(driver.findElement(By.id("close-button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(driver.findElement(By.id("problem-status")).getText()).isEqualTo("已销号");
        assertThat(driver.findElements(By.cssSelector("#timeline > li")))
                .extracting(li -> li.getAttribute("data-event")).containsExactly("ASSIGN", "SUBMIT", "CLOSE");
        assertThat(driver.findElements(By.cssSelector("#timeline img"))).hasSize(2);
        screenshot("inspection-9-closed-desktop");
    }

    /** A second picture (the site as a whole) that must not become the failed item's "before" photo. */
    private static Path overview() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        Path file = Files.createTempFile("overview-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x4A90D9));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.ORANGE);
        g.fillRect(200, 150, 240, 180);
        g.dispose();
        Path file = Files.createTempFile("site-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
