package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.store.StoreStats;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dashboard in a real browser: figures that match the store and lead to their evidence, charts that load, axe-clean. */
class DashboardBrowserTest {
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
    void theKeyFiguresAreTheStoresCountsAndLeadToTheirPages() {
        StoreStats stats = StoreStats.of(DemoSite.store());
        browser.open("/language/en?back=/");
        WebElement acts = browser.find(By.cssSelector("ul.figures a[href='/acts']"));
        assertThat(acts.getText().replace("\n", " ")).startsWith(stats.acts() + " acts");
        assertThat(browser.find(By.cssSelector("ul.figures a[href='/barriers']")).getText().replace("\n", " ")).startsWith(stats.barriers() + " barriers");
        assertThat(browser.find(By.cssSelector("ul.figures a[href='/measures']")).getText().replace("\n", " ")).startsWith(stats.measures() + " measures");
        assertThat(browser.find(By.cssSelector("ul.figures a[href='/analyses/indicator-findings-per-act']")).getText().replace("\n", " "))
                .startsWith(stats.findings() + " screening findings");
        // the private count is not there for a visitor
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/analyses/acts-cited-in-free-text']"))).isEmpty();
        browser.assertAccessible();

        // barriers by status: the counts add up to the register, and a status leads to the filtered list
        List<WebElement> byStatus = browser.driver().findElements(By.cssSelector("ul.figures.small a"));
        long sum = byStatus.stream().mapToLong(a -> Long.parseLong(a.findElement(By.tagName("strong")).getText())).sum();
        assertThat(sum).isEqualTo(stats.barriers());
        WebElement identified = browser.find(By.cssSelector("ul.figures.small a[href='/barriers?status=identified']"));
        String count = identified.findElement(By.tagName("strong")).getText();
        browser.clickAndWaitFor(identified, Browser.path("/barriers?status=identified"));
        assertThat(browser.find(By.id("result-h")).getText().replace("\n", " ")).startsWith(count + " of " + stats.barriers());
    }

    @Test
    void theChartsLoadWithAltTextAndTheirNumbersBeside() {
        browser.open("/language/fi?back=/");
        List<WebElement> images = browser.driver().findElements(By.cssSelector("figure.chart img"));
        assertThat(images).hasSize(2);
        for (WebElement img : images) {
            assertThat(img.getAttribute("alt")).isNotBlank();
            Object width = browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth", img);
            assertThat(((Number) width).intValue()).as("chart %s loaded", img.getAttribute("src")).isGreaterThan(0);
            var svg = browser.download(img.getAttribute("src"));
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<svg").contains("<title>");
        }
        // the theme table sums to every barrier: each barrier has one theme
        List<WebElement> themeCells = browser.driver().findElements(By.cssSelector("#chart-barriers-by-theme-h ~ .chart-and-table td.num"));
        long sum = themeCells.stream().mapToLong(td -> Long.parseLong(td.getText())).sum();
        assertThat(sum).isEqualTo(StoreStats.of(DemoSite.store()).barriers());
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Yleiskuva");
        browser.assertAccessible();
    }

    @Test
    void measuresDueAndRecentChangesAreListed() {
        browser.open("/language/sv?back=/");
        WebElement overdue = browser.find(By.cssSelector("#overdue-h a"));
        String n = overdue.getText().replaceAll("\\D", "");
        assertThat(browser.driver().findElements(By.cssSelector("ul[aria-labelledby='overdue-h'] li"))).hasSize(Integer.parseInt(n));
        browser.clickAndWaitFor(overdue, Browser.path("/measures?due=overdue"));
        assertThat(browser.currentPath()).isEqualTo("/measures?due=overdue");
        assertThat(browser.driver().findElements(By.cssSelector("table.register tbody tr"))).hasSize(Integer.parseInt(n));
        assertThat(browser.driver().findElements(By.cssSelector("table.register .badge.late"))).hasSize(Integer.parseInt(n));
        browser.assertAccessible();
        browser.open("/");
        // the demo register was imported: every entry has a "created" record
        assertThat(browser.find(By.id("recent-h")).getText()).isEqualTo("De senaste ändringarna i registret");
        assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby='recent-h'] tbody tr"))).isNotEmpty();
    }

    @Test
    void aReaderAlsoSeesTheCitationCount() {
        try (Browser reader = DemoSite.browserAs(org.lexmaturity.auth.Role.READER)) {
            reader.open("/");
            WebElement citations = reader.find(By.cssSelector("a[href='/analyses/acts-cited-in-free-text']"));
            assertThat(citations.findElement(By.tagName("strong")).getText())
                    .isEqualTo(String.valueOf(StoreStats.of(DemoSite.store()).citationsResolved()));
            reader.assertAccessible();
        }
    }
}
