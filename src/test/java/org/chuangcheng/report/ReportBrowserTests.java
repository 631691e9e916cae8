package org.chuangcheng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractBrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public report page on a 360 px phone in a real browser, without signing in: a photo shrunk in the
 * browser before upload (strict CSP, the script from the jar), checkpoints offered for a typed address, the
 * ticket at once, and the status page reading it back. Then the office sees it in its queue.
 */
class ReportBrowserTests extends AbstractBrowserTests {

    @Test
    void aCitizenReportsFromAPhoneAndFollowsHerTicket() throws Exception {
        Path photo = Files.createTempFile("scene", ".jpg");
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < 3000; x += 50) {
            g.setColor(new Color((x * 7919) & 0xFFFFFF));
            g.fillRect(x, 0, 50, 2000);
        }
        g.dispose();
        ImageIO.write(image, "jpg", photo.toFile());

        openBrowser(PHONE);
        driver.get(url("/report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        // the page shrinks the 3000 px photo to at most 1600 px and shows its new size
        wait.until(ExpectedConditions.textMatches(By.cssSelector("[data-photo-status]"), java.util.regex.Pattern.compile("\\d+ KB")));
        new Select(driver.findElement(By.id("categoryId"))).selectByVisibleText("垃圾堆放");
        driver.findElement(By.id("description")).sendKeys("小区门口垃圾堆放，浏览器测试");
        driver.findElement(By.id("address")).sendKeys("路");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-list")));
        driver.findElement(By.id("phone")).sendKeys("13912345678");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        screenshot("report-1-form-phone");
        click(By.id("submit-report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket")));
        String ticket = driver.findElement(By.id("ticket")).getText();
        assertThat(ticket).matches("R\\d{6}-[2-9A-Z]{6}");
        screenshot("report-2-ticket-phone");

        driver.get(url("/report/status"));
        driver.findElement(By.id("ticket")).sendKeys(ticket);
        driver.findElement(By.id("lastFour")).sendKeys("5678");
        click(By.id("look-up"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-state"), "待审核"));
        assertThat(driver.getPageSource()).doesNotContain("13912345678");
        screenshot("report-3-status-phone");
        driver.quit();

        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/reports?status=SUBMITTED"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-list")));
        click(By.linkText(ticket));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept")));
        assertThat(driver.findElement(By.id("report-phone")).getText()).isEqualTo("13912345678");
        assertThat(driver.findElements(By.cssSelector("img[src*='/photos/']"))).hasSize(1);
        screenshot("report-4-office-detail-desktop");
    }

    @org.springframework.beans.factory.annotation.Autowired
    CitizenReportManagement reports;
    @org.springframework.beans.factory.annotation.Autowired
    org.chuangcheng.problem.ProblemManagement problems;
    @org.springframework.beans.factory.annotation.Autowired
    org.chuangcheng.checkpoint.CheckpointManagement checkpoints;
    @org.springframework.beans.factory.annotation.Autowired
    org.chuangcheng.security.AccountManagement accounts;

    @Test
    void onceHandledTheStatusPageShowsTheReplyAndTheAfterPhoto() throws Exception {
        org.chuangcheng.shared.Actor office = accounts.findByUsername("office").orElseThrow().toActor();
        org.chuangcheng.shared.Actor liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        org.chuangcheng.checkpoint.Checkpoint checkpoint = checkpoints.search(liaison,
                org.chuangcheng.checkpoint.CheckpointFilter.none(), org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().get(0);
        CitizenReport report = reports.submit(new NewReport(reports.categoryByCode("garbage").orElseThrow().getId(),
                "楼道口堆放装修垃圾", new ReportPlace("解放路 12 号", null, null, checkpoint.getId()), "13912340000"),
                java.util.List.of(), "10.99." + System.nanoTime() % 250 + ".7", ReportSource.WEB);
        reports.accept(office, report.getId(), report.getVersion(), null);
        CitizenReport dispatched = reports.dispatch(office, report.getId(), reports.get(office, report.getId()).getVersion(),
                checkpoint.getId(), null);
        Long problemId = dispatched.getProblemId();
        BufferedImage after = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = after.createGraphics();
        g.setColor(new Color(0x4A7A3A));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(0xD8D2C4));
        g.fillRect(0, 380, 800, 220);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(after, "jpg", jpeg);
        org.springframework.web.multipart.MultipartFile photo = new org.springframework.mock.web.MockMultipartFile(
                "photos", "after.jpg", "image/jpeg", jpeg.toByteArray());
        problems.submit(liaison, problemId, problems.get(office, problemId).getVersion(), "已清运", java.util.List.of(photo));
        problems.close(office, problemId, problems.get(office, problemId).getVersion(), null);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> reports.get(office, report.getId()).getStatus() == ReportStatus.RESOLVED);
        reports.reply(office, report.getId(), reports.get(office, report.getId()).getVersion(),
                "楼道口的装修垃圾已清运完毕，感谢您的监督！");

        openBrowser(PHONE);
        driver.get(url("/report/status"));
        driver.findElement(By.id("ticket")).sendKeys(report.getTicket());
        driver.findElement(By.id("lastFour")).sendKeys("0000");
        click(By.id("look-up"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-after-photos")));
        assertThat(driver.findElement(By.id("report-reply")).getText()).contains("已清运完毕");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#report-after-photos img').naturalWidth")).isPositive();
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        screenshot("report-5-handled-phone");
    }
}
