package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The shared frame of every page in a real browser: language switch remembered, axe-clean, keyboard skip link. */
class PagesSmokeTest {
    static Browser browser;

    @BeforeAll
    static void open() {
        browser = Browser.start(DemoSite.base());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void switchingTheLanguageIsRememberedAcrossPages() {
        browser.open("/acts");
        browser.clickAndWaitFor(browser.find(By.cssSelector("a[hreflang='sv']")), Browser.attribute(By.tagName("html"), "lang", "sv"));
        assertThat(browser.currentPath()).isEqualTo("/acts");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.find(By.cssSelector("nav.main-nav")).getText()).contains("Författningar");
        browser.open("/");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        browser.clickAndWaitFor(browser.find(By.cssSelector("a[hreflang='fi']")), Browser.attribute(By.tagName("html"), "lang", "fi"));
        assertThat(browser.find(By.cssSelector("nav.main-nav")).getText()).contains("Säädökset");
        browser.clickAndWaitFor(browser.find(By.cssSelector("a[hreflang='en']")), Browser.attribute(By.tagName("html"), "lang", "en"));
        assertThat(browser.find(By.cssSelector("nav.main-nav")).getText()).contains("Statutes");
    }

    @Test
    void theStatutePagesPassTheAccessibilityCheck() {
        browser.open("/acts");
        browser.assertAccessible();
        browser.open("/acts/2016/9001");
        browser.assertAccessible();
    }

    @Test
    void anUnknownPageSaysSoInTheUsersLanguage() {
        browser.open("/language/fi?back=/no/such/page");
        assertThat(browser.find(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("Sivua ei löydy");
        browser.assertAccessible();
        browser.open("/language/en?back=/acts/1999/99999");
        assertThat(browser.find(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.text()).contains("1999");
    }
}
