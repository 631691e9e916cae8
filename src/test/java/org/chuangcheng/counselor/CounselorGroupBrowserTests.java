package org.chuangcheng.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office composes a counselor group on a 360 px phone: units are found by typing part of their name and
 * added with the keyboard, one is taken off again, and the group keeps the ones left; then the counselor's page.
 */
class CounselorGroupBrowserTests extends AbstractBrowserTests {

    @Autowired
    AccountManagement accounts;
    @Autowired
    CounselorGroupManagement groups;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeFindsAndAddsUnitsByNameOnAPhone() throws Exception {
        String username = "counselor-b" + System.nanoTime() % 100000;
        Long counselor = accounts.create(username, "Demo@2026xyz", "浏览器辅导员", Role.COUNSELOR, null, null).getId();
        List<String> bureaus = jdbc.queryForList("select name from units where active and type = 'BUREAU' order by id"
                + " limit 2", String.class);
        String name = "手机测试组" + System.nanoTime() % 100000;

        openBrowser(PHONE);
        signIn("office", "Demo@2026");
        driver.get(url("/counselor-groups/new"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counselor-group-form")));
        driver.findElement(By.id("name")).sendKeys(name);
        click(By.cssSelector("input[name='memberIds'][value='" + counselor + "']"));

        for (String bureau : bureaus) {
            WebElement search = driver.findElement(By.id("unit-search"));
            search.clear();
            search.sendKeys(bureau);
            By result = By.xpath("//ul[@id='unit-results']//label[normalize-space()='" + bureau + "']");
            WebElement label = wait.until(ExpectedConditions.presenceOfElementLocated(result));
            screenshot("counselor-group-1-search-phone");
            // keyboard: Tab leads from the search field into the results, Space ticks one
            search.sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement().getAttribute("data-unit-pick")).isNotNull();
            driver.findElement(By.id(label.getAttribute("for"))).sendKeys(Keys.SPACE);
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//ul[@id='unit-chosen']//label[normalize-space()='" + bureau + "']")));
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("unit-search");
        }
        screenshot("counselor-group-2-chosen-phone");
        // the first is taken off again before saving
        click(By.xpath("//ul[@id='unit-chosen']//label[normalize-space()='" + bureaus.get(0) + "']"));
        click(By.id("save-counselor-group"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counselor-groups"), name));
        screenshot("counselor-group-3-list-phone");

        CounselorGroup saved = groups.list(accounts.findByUsername("office").orElseThrow().toActor()).stream()
                .filter(g -> g.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getUnits()).extracting(u -> u.getName()).containsExactly(bureaus.get(1));
        assertThat(saved.getMemberIds()).containsExactly(counselor);

        driver.get(url("/counselor-groups/" + saved.getId() + "/edit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-chosen")));
        assertThat(driver.findElement(By.id("unit-chosen")).getText()).contains(bureaus.get(1));
        screenshot("counselor-group-4-edit-phone");
    }
}
