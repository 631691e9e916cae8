package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractBrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The task book's main flow in a real browser: import → progress on a phone → acceptance → close. */
class TaskBookBrowserTests extends AbstractBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeImportsALiaisonReportsOnHerPhoneAsksForAcceptanceAndTheOfficeCloses() throws Exception {
        String book = "浏览器测试任务书-" + UUID.randomUUID().toString().substring(0, 8);
        Path workbook = Files.createTempFile("taskbook", ".xlsx");
        Files.write(workbook, TaskBookFiles.workbook(
                new Object[] {1, "完成5个农贸市场标识标牌更新", "市市场监管局", "市商务局", "2027年3月31日", 5, "个", "市场环境组",
                    "P04-03"},
                new Object[] {2, "完成20千米人行道破损修复", "江城市住房和城乡建设局", "市城管局、城关区", "6月底前", 20, "千米",
                    "生活环境组", "P07-02"}));
        Path photo = Files.createTempFile("现场", ".jpg");
        ImageIO.write(photo(), "jpg", photo.toFile());

        // 1. the office imports the task book (desktop)
        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/tasks/import"));
        driver.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        WebElement bookField = driver.findElement(By.id("book"));
        bookField.clear();
        bookField.sendKeys(book);
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2027");
        screenshot("task-1-import-form-desktop");
        driver.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-table")));
        assertThat(driver.findElements(By.cssSelector(".preview-row"))).hasSize(2);
        screenshot("task-2-import-preview-desktop");
        driver.findElement(By.id("confirm-import")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        Long taskId = jdbc.queryForObject("select id from tasks where book = ? and code = '1'", Long.class, book);
        assertThat(jdbc.queryForObject("select deadline::text from tasks where book = ? and code = '2'", String.class, book))
                .isEqualTo("2027-06-30");
        driver.get(url("/tasks/board"));
        screenshot("task-3-board-desktop");
        driver.quit();

        // 2. the liaison reports progress with a photo and asks for acceptance (phone)
        openBrowser(PHONE);
        signIn("liaison", "Demo@2026");
        driver.get(url("/tasks/mine"));
        screenshot("task-4-my-tasks-phone");
        click(By.id("report-" + taskId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        driver.findElement(By.id("text")).sendKeys("已完成5个市场的标识标牌更新，现场照片见附件。");
        driver.findElement(By.id("quantityDone")).clear();
        driver.findElement(By.id("quantityDone")).sendKeys("5");
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        screenshot("task-5-report-form-phone");
        click(By.id("report-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        screenshot("task-6-reported-phone");
        driver.get(url("/tasks/" + taskId));
        assertThat(driver.findElements(By.cssSelector(".report-photo"))).hasSize(1);
        driver.findElement(By.id("comment")).sendKeys("5个市场全部完成，请验收。");
        click(By.id("request-submit"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(driver.findElement(By.id("task-flags")).getText()).contains("待销号");
        screenshot("task-7-requested-phone");
        driver.get(url("/tasks/board"));
        screenshot("task-7b-board-phone");
        driver.get(url("/tasks"));
        screenshot("task-7c-list-phone");
        driver.quit();

        // 3. the office accepts and closes it (desktop)
        openBrowser(DESKTOP);
        signIn("office", "Demo@2026");
        driver.get(url("/tasks/" + taskId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
        screenshot("task-8-pending-desktop");
        driver.findElement(By.cssSelector("#close-form textarea")).sendKeys("经现场核验，同意销号。");
        click(By.id("close-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(driver.findElement(By.id("task-flags")).getText()).contains("已销号");
        assertThat(driver.findElements(By.cssSelector("#timeline .timeline-event"))).hasSize(4);
        screenshot("task-9-closed-desktop");
        assertThat(jdbc.queryForObject("select status from tasks where id = ?", String.class, taskId)).isEqualTo("CLOSED");
        driver.get(url("/tasks/completion"));
        screenshot("task-10-completion-desktop");
        driver.get(url("/tasks?size=10"));
        screenshot("task-11-list-desktop");
    }

    private static BufferedImage photo() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(70, 130, 180));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(240, 200, 60));
        g.fillRect(200, 150, 400, 300);
        g.dispose();
        return image;
    }
}
