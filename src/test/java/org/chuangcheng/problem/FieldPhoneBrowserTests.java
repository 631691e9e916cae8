package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.attachment.UploadedFiles;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointFilter;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The liaison's evidence on a 360 px phone (issue #10): a photo the browser cannot shrink below the limit
 * is refused before anything is sent and what she typed stays; a large photo is shrunk to 1600 px before
 * upload; after a return she sees why on her card and resubmits starting from her previous answer.
 */
class FieldPhoneBrowserTests extends AbstractBrowserTests {

    @Autowired
    ProblemManagement problems;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${app.uploads-dir}")
    Path uploads;

    Actor office;
    Actor liaison;

    @BeforeEach
    void actors() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
        liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
    }

    Problem raise(String description) {
        Checkpoint checkpoint = checkpoints.search(liaison, new CheckpointFilter(null, null, null, null, false),
                PageRequest.of(0, 1)).getContent().get(0);
        return problems.raise(office, new NewProblem(checkpoint.getId(), null, null, description,
                ProblemSeverity.GENERAL, null, null), List.of());
    }

    long version(Long id) {
        return jdbc.queryForObject("select version from problems where id = ?", Long.class, id);
    }

    @Test
    void anOversizePhotoIsRefusedBeforeSendingAndTheTypedTextStays() throws Exception {
        Problem problem = raise("井盖缺失 " + UUID.randomUUID());
        // 11 MB that no browser can decode, so it cannot be shrunk: over the 10 MB a photo may have
        byte[] noise = new byte[11 * 1024 * 1024];
        ThreadLocalRandom.current().nextBytes(noise);
        Path huge = Files.createTempFile("huge-", ".jpg");
        Files.write(huge, noise);

        openBrowser(PHONE);
        signIn("liaison", "Demo@2026");
        driver.get(url("/problems/" + problem.getId() + "/submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        driver.findElement(By.id("text")).sendKeys("已补装井盖并设置警示标志");
        driver.findElement(By.id("photos")).sendKeys(huge.toString());
        click(By.id("send-rectification"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error")));
        assertThat(driver.findElement(By.id("upload-error")).getText()).contains("过大", "已填写的内容仍在");
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("已补装井盖并设置警示标志");
        assertThat(driver.getCurrentUrl()).endsWith("/problems/" + problem.getId() + "/submit");
        screenshot("upload-oversize-kept-phone");
        assertThat(jdbc.queryForObject("select status from problems where id = ?", String.class, problem.getId()))
                .isEqualTo("ASSIGNED");
        Files.deleteIfExists(huge);
    }

    @Test
    void aLargePhotoIsShrunkAndAReturnedProblemIsResubmittedFromHerPreviousAnswer() throws Exception {
        Problem problem = raise("绿化带垃圾 " + UUID.randomUUID());
        Path big = Files.createTempFile("big-", ".png");
        ImageIO.write(gradient(3200, 2400), "png", big.toFile());

        openBrowser(PHONE);
        signIn("liaison", "Demo@2026");
        driver.get(url("/problems/" + problem.getId() + "/submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        driver.findElement(By.id("text")).sendKeys("已清理绿化带垃圾");
        driver.findElement(By.id("photos")).sendKeys(big.toString());
        click(By.id("send-rectification"));
        waitForTheAnswer("shrink");
        assertThat(driver.findElement(By.id("problem-status")).getText()).isEqualTo("待复查");
        Long photoId = jdbc.queryForObject("select ra.attachment_id from rectification_attachments ra"
                + " join rectifications r on r.id = ra.rectification_id where r.problem_id = ?", Long.class, problem.getId());
        String stored = jdbc.queryForObject("select storage_key from attachments where id = ?", String.class, photoId);
        BufferedImage uploaded = ImageIO.read(uploads.resolve(stored).toFile());
        assertThat(Math.max(uploaded.getWidth(), uploaded.getHeight())).as("shrunk in the browser").isEqualTo(1600);

        problems.returnToUnit(office, problem.getId(), version(problem.getId()), "照片不清晰，看不出整改效果；请拍全景");

        driver.get(url("/problems?scope=returned"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-" + problem.getId())));
        assertThat(driver.findElement(By.id("problem-" + problem.getId())).getText())
                .contains("退回原因：照片不清晰，看不出整改效果；请拍全景");
        screenshot("resubmit-1-returned-card-phone");
        click(driver.findElement(By.id("problem-" + problem.getId())).findElement(By.cssSelector(".btn-submit-rectification")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("已清理绿化带垃圾");
        driver.findElement(By.id("text")).sendKeys("，并补拍全景照片");
        driver.findElement(By.id("photos")).sendKeys(big.toString());
        screenshot("resubmit-2-form-phone");
        click(By.id("send-rectification"));
        waitForTheAnswer("resubmit");
        assertThat(driver.findElement(By.id("problem-status")).getText()).isEqualTo("待复查");
        assertThat(jdbc.queryForList("select text from rectifications where problem_id = ? order by id", String.class,
                problem.getId())).containsExactly("已清理绿化带垃圾", "已清理绿化带垃圾，并补拍全景照片");
        screenshot("resubmit-3-submitted-phone");
        Files.deleteIfExists(big);

        // the office sees before and after side by side
        openBrowserAgainAsOffice(problem.getId());
    }

    /** Shrinking, uploading and the answer take long on a loaded machine: a screenshot says where it stood. */
    private void waitForTheAnswer(String step) throws Exception {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("upload-timeout-" + step + "-phone");
            throw e;
        }
    }

    private void openBrowserAgainAsOffice(Long problemId) throws Exception {
        driver.quit();
        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/problems/" + problemId + "?queue=pending"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("photo-compare")));
        screenshot("verify-compare-desktop");
    }

    static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2E7D32), width, height, new Color(0xFFF59D)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 3, height / 3, width / 3, height / 3);
        g.dispose();
        return image;
    }
}
