package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexmaturity.auth.Role;
import org.lexmaturity.web.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The sign-in journey in a real browser, with the keyboard only, and the pages it passes through checked by axe. */
class SignInBrowserTest {
    @Test
    void anAnalystSignsInWithTheKeyboardAndOut() {
        try (Browser browser = Browser.start(DemoSite.base())) {
            browser.open("/language/en?back=/login");
            browser.assertAccessible();
            browser.find(By.id("username")).sendKeys("analyst", Keys.TAB);
            browser.andWaitFor("typing the password and Enter",
                    () -> browser.driver().switchTo().activeElement().sendKeys(TestUsers.PASSWORD, Keys.ENTER),
                    Browser.both(Browser.path("/"), Browser.element(By.cssSelector(".session .who"))));
            assertThat(browser.currentPath()).isEqualTo("/");
            assertThat(browser.find(By.cssSelector(".session .who")).getText()).contains("analyst");
            browser.assertAccessible();
            browser.clickAndWaitFor(browser.find(By.cssSelector("form.sign-out button")),
                    Browser.element(By.cssSelector(".session a.sign-in")));
            assertThat(browser.find(By.cssSelector(".session")).getText()).contains("Sign in");
        }
    }

    @Test
    void aWrongPasswordIsAnnouncedAndTheFormStaysAccessible() {
        try (Browser browser = Browser.start(DemoSite.base())) {
            browser.open("/language/sv?back=/login");
            browser.find(By.id("username")).sendKeys("reader");
            browser.find(By.id("password")).sendKeys("not the password at all");
            browser.clickAndWaitFor(browser.find(By.cssSelector("main form button[type=submit]")),
                    Browser.element(By.cssSelector("[role=alert]")));
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("Fel användarnamn eller lösenord.");
            assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("reader");
            browser.assertAccessible();
        }
    }

    @Test
    void theTestFixtureSignsInThroughTheRealForm() {
        try (Browser browser = DemoSite.browserAs(Role.READER)) {
            assertThat(browser.find(By.cssSelector(".session .who")).getText()).contains("reader");
        }
    }

    @Test
    void theAccountPagesPassTheAccessibilityCheck() {
        try (Browser browser = DemoSite.browserAs(Role.ADMIN)) {
            browser.open("/admin/accounts");
            assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.text()).contains("analyst").contains("reader");
            browser.assertAccessible();
            browser.open("/account");
            browser.assertAccessible();
        }
    }
}
