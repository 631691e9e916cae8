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
}
