package org.chuangcheng.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.security.AccountManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A paired leader logs a visit with a photo and a problem found, on a 360 px phone. */
class VisitBrowserTests extends AbstractBrowserTests {

    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    AccountManagement accounts;

    @Test
    void aLeaderLogsAVisitWithAPhotoOnHerPhone() throws Exception {
        Checkpoint own = checkpoints.pairedWith(accounts.findByUsername("leader").orElseThrow().getId()).get(0);
        Path photo = photo();

        openBrowser(PHONE);
        signIn("leader", "Demo@2026");
        driver.get(url("/visits/new"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
        assertThat(driver.findElement(By.id("checkpoint-name")).getText()).isEqualTo(own.getName());
        driver.findElement(By.id("checked")).sendKeys("门前三包、公益广告、志愿服务站");
        driver.findElement(By.id("solvedOnSpot")).sendKeys("督促商户清理占道杂物");
        driver.findElement(By.id("solvedCount")).clear();
        driver.findElement(By.id("solvedCount")).sendKeys("1");
        driver.findElement(By.id("photos")).sendKeys(photo.toString());
        driver.findElement(By.id("found0.description")).sendKeys("东门公益广告破损");
        screenshot("visit-1-form-phone");
        click(By.id("save-visit"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-problems"), "东门公益广告破损"));
        assertThat(driver.findElement(By.id("visit-checkpoint")).getText()).isEqualTo(own.getName());
        assertThat(driver.findElements(By.cssSelector("#visit-photos img"))).hasSize(1);
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#visit-photos img'); return i.complete && i.naturalWidth > 0;"));
        screenshot("visit-2-saved-phone");

        // she corrects it the same day, and takes the photo off again (after confirming)
        click(By.id("edit-visit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
        driver.findElement(By.id("solvedCount")).clear();
        driver.findElement(By.id("solvedCount")).sendKeys("2");
        screenshot("visit-3-edit-phone");
        click(By.id("save-visit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-edited")));
        WebElement remove = driver.findElement(By.cssSelector("#visit-photos button[id^='remove-photo-']"));
        screenshot("visit-4-edited-phone");
        click(remove);
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(driver.findElements(By.cssSelector("#visit-photos img"))).hasSize(1);
        click(By.cssSelector("#visit-photos button[id^='remove-photo-']"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("visit-photos")));
        assertThat(driver.getPageSource()).contains("照片已从走访中删除");
        screenshot("visit-5-photo-removed-phone");
    }

    static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(70, 130, 90));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillRect(200, 150, 240, 180);
        g.dispose();
        Path file = Files.createTempFile("visit", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
