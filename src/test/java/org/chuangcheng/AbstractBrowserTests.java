package org.chuangcheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Real-browser tests: Debian's headless Chromium driven by Selenium against the application on a random
 * port. Skipped only on a developer machine without the browser; under CI a missing browser fails.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractBrowserTests extends AbstractIntegrationTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    protected static final String DESKTOP = "1280,900";
    protected static final String PHONE = "360,740";

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path userDataDir;

    /** Starts a browser window of the given size ({@link #DESKTOP} or {@link #PHONE}). */
    protected WebDriver openBrowser(String windowSize) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) || System.getenv("CI") != null,
                "chromium/chromium-driver not installed");
        userDataDir = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=" + windowSize, "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        if (PHONE.equals(windowSize)) {
            // headless Chromium will not make a window narrower than about 500 px: emulate a real 360 px phone
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        }
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        return driver;
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (userDataDir != null) {
            FileSystemUtils.deleteRecursively(userDataDir);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form and waits for the home page. */
    protected void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /**
     * Clicks a button that may lie below the fold of a phone screen. Under DevTools phone emulation
     * Selenium sometimes computes the click point off-screen; the element is then clicked through the DOM.
     */
    protected void click(By by) {
        click(driver.findElement(by));
    }

    /** See {@link #click(By)}. */
    protected void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    /**
     * Scrolls so that the element's top sits {@code offset} pixels below the window's top (or as far as the page
     * goes), at once rather than smoothly (Bootstrap turns smooth scrolling on), and waits until it is there.
     */
    protected void scrollToElement(String id, int offset) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("const e = document.getElementById(arguments[0]);"
                + "window.scrollTo({top: e.getBoundingClientRect().top + window.scrollY - arguments[1], behavior: 'instant'})",
                id, offset);
        wait.until(d -> (Boolean) js.executeScript("const top = document.getElementById(arguments[0]).getBoundingClientRect().top;"
                + "const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1;"
                + "return Math.abs(top - arguments[1]) < 2 || (atBottom && top >= arguments[1]);", id, offset));
    }

    protected void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a screenshot as target/screenshots/{name}.png for a person to look at. */
    protected void screenshot(String name) throws Exception {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(1000);
    }
}
