package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chuangcheng.AbstractBrowserTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Every demo role signs in on a desktop and on a phone, sees her home page and switches language. */
class FoundationBrowserTests extends AbstractBrowserTests {

    static final Map<String, String[]> ROLES = Map.of(
            "admin", new String[] {"系统管理员", "Administrator"},
            "office", new String[] {"创城办", "Campaign office"},
            "leader", new String[] {"领导", "Leader"},
            "inspector", new String[] {"督查员", "Inspector"},
            "liaison", new String[] {"单位联络员", "Unit liaison"});

    @ParameterizedTest
    @ValueSource(strings = {DESKTOP, PHONE})
    void everyRoleSignsInSeesHerHomeAndSwitchesLanguage(String size) throws Exception {
        String device = size.equals(DESKTOP) ? "desktop" : "phone";
        openBrowser(size);
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-button")));
        screenshot("login-" + device);
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth"))
                .isEqualTo(size.equals(DESKTOP) ? 1280L : 360L);

        for (String username : new String[] {"admin", "office", "leader", "inspector", "liaison"}) {
            String[] role = ROLES.get(username);
            signIn(username, "Demo@2026");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(driver.findElement(By.id("home-role")).getText()).isEqualTo(role[0]);
            // on a phone the menu is collapsed: its text is there but not visible until opened
            assertThat(driver.findElement(By.id("current-role")).getAttribute("textContent")).contains(role[0]);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("您好");
            if (size.equals(PHONE)) {
                driver.findElement(By.cssSelector(".navbar-toggler")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
            }
            screenshot("home-" + username + "-" + device);

            driver.get(url("/?lang=en"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
            assertThat(driver.findElement(By.id("home-role")).getText()).isEqualTo(role[1]);
            assertThat(driver.findElement(By.id("current-role")).getAttribute("textContent")).contains(role[1]);
            if (username.equals("admin") || username.equals("liaison")) {
                screenshot("home-" + username + "-" + device + "-en");
            }
            driver.get(url("/?lang=zh_CN"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("您好");

            if (username.equals("admin")) {
                driver.get(url("/admin/accounts"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
                screenshot("accounts-list-" + device);
                driver.get(url("/admin/calendar?year=2026"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-days")));
                screenshot("calendar-2026-" + device);
                driver.get(url("/admin/calendar/new?year=2027"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-form")));
                screenshot("calendar-form-" + device);
                driver.get(url("/admin/accounts/new"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-form")));
                click(By.id("save-account"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
                screenshot("account-form-errors-" + device);
            }
            driver.get(url("/account/password"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
            if (username.equals("office")) {
                driver.findElement(By.id("currentPassword")).sendKeys("Demo@2026");
                driver.findElement(By.id("newPassword")).sendKeys("weak");
                driver.findElement(By.id("repeatPassword")).sendKeys("other");
                click(By.id("change-password"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
                assertThat(driver.findElement(By.cssSelector("#newPassword + .form-text + .invalid-feedback")).getText())
                        .contains("至少 8 位");
                screenshot("password-errors-" + device);
            }
            signOut();
        }
    }

    /**
     * English labels are longer: from 1024 to 1400 px the office's menu (the longest) either fits on one line or is
     * collapsed behind the toggler (below 1400 px), never wrapped or wider than the window.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1024,800", "1280,900", "1400,900"})
    void theEnglishMenuFitsOrCollapsesOnSmallDesktops(String size) throws Exception {
        int width = Integer.parseInt(size.split(",")[0]);
        openBrowser(size);
        signIn("office", "Demo@2026");
        driver.get(url("/?lang=en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        screenshot("navbar-office-en-" + width);
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        boolean collapsed = driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed();
        assertThat(collapsed).as("collapsed below 1400 px").isEqualTo(width < 1400);
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the window").isLessThanOrEqualTo(width);
        assertThat(((Number) js.executeScript("return document.querySelector('nav.navbar').offsetHeight")).intValue())
                .as("the bar is one line").isLessThan(80);
        driver.get(url("/?lang=zh_CN"));
    }
}
