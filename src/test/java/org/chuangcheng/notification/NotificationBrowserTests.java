package org.chuangcheng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractBrowserTests;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bell on a 360 px phone: visible without opening the menu, its count, the list, opening one, all read. */
class NotificationBrowserTests extends AbstractBrowserTests {

    @Autowired
    Notifier notifier;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePhoneShowsTheBellItsCountAndTheList() throws Exception {
        String username = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        Account me = accounts.create(username, "Demo@2026x", "督查员小李", Role.INSPECTOR, null, null);
        Long problem = jdbc.queryForObject("select min(id) from problems", Long.class);
        notifier.send(List.of(me.getId()), Notice.of(NotificationKind.EVIDENCE_SUBMITTED, problem, "a",
                "东门菜市场占道经营", null));
        notifier.send(List.of(me.getId()), new Notice(NotificationKind.OVERDUE_OFFICE, problem, "b",
                "解放路人行道破损未修复", java.time.LocalDate.of(2026, 11, 20), 5, null));
        notifier.send(List.of(me.getId()), Notice.of(NotificationKind.PROBLEM_ASSIGNED, problem, "c",
                "公交站台小广告", java.time.LocalDate.of(2026, 12, 8)));

        openBrowser(PHONE);
        // htmx replaces the badge with itself: a badge found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
        signIn(username, "Demo@2026x");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-bell-count"), "3"));
        assertThat(driver.findElement(By.id("nav-bell")).isDisplayed()).as("outside the collapsed menu").isTrue();
        assertThat(driver.findElement(By.id("main-nav")).isDisplayed()).isFalse();
        screenshot("notification-1-bell-phone");

        click(By.id("nav-bell"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#notifications li"), 3));
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        screenshot("notification-2-list-phone");

        click(By.linkText("新交办问题：公交站台小广告（整改期限 2026-12-08）"));
        wait.until(ExpectedConditions.urlContains("/problems/" + problem));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-bell-count"), "2"));

        driver.get(url("/notifications"));
        click(By.id("read-all"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-bell-count"), "data-unread", "0"));
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.getElementById('nav-bell-count')).display")).isEqualTo("none");
        screenshot("notification-3-all-read-phone");
    }
}
