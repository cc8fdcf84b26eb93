package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public survey pages: the list, and each question's published distribution as a chart and a table. */
class SurveyPagesTest {
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
    void theListShowsTheDemoSurveyAndAVisitorCannotUpload() {
        browser.open("/language/fi?back=/surveys");
        WebElement row = browser.find(By.cssSelector("table.grid tbody tr"));
        assertThat(row.getText()).contains("Digitalisaation lainsäädännölliset esteet 2025", "2025-03-14", "25");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=file]"))).isEmpty();
        assertThat(browser.text()).contains("Kirjaudu sisään analyytikkona");
        browser.assertAccessible();
        browser.open("/language/en?back=/surveys");
    }

    @Test
    void eachQuestionShowsItsPublishedDistributionWithChartTableAndSuppressedGroups() {
        browser.open("/surveys/vm-esteet-2025");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Legislative barriers to digitalisation 2025");
        WebElement k01 = browser.find(By.id("q-k01"));
        assertThat(k01.findElement(By.tagName("h2")).getText()).contains("K01", "Legislation prevents automated decision-making");
        WebElement img = k01.findElement(By.cssSelector("figure.chart img"));
        assertThat(img.getAttribute("src")).contains("survey=vm-esteet-2025", "question=k01", "lang=en");
        assertThat(img.getAttribute("alt")).isNotBlank();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", img);
        browser.waitFor(Browser.when("the chart of K01 to load", d ->
                ((Number) browser.driver().executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", img)).intValue() > 0));
        List<String> headers = k01.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(headers).contains("1 Strongly disagree", "5 Strongly agree", "Total");
        // the "all organisations" row adds up the published counts of its own
        WebElement all = k01.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().startsWith("All organisations")).findFirst().orElseThrow();
        List<WebElement> cells = all.findElements(By.tagName("td"));
        long sum = cells.subList(0, cells.size() - 1).stream().mapToLong(c -> Long.parseLong(c.getText())).sum();
        assertThat(Long.parseLong(cells.get(cells.size() - 1).getText())).isEqualTo(sum).isPositive();
        // somewhere a group is too small to publish, and the page says so instead of showing a number
        assertThat(browser.driver().findElements(By.cssSelector("tr.suppressed td"))).isNotEmpty()
                .allSatisfy(td -> assertThat(td.getText()).startsWith("Suppressed"));
        // of free text only the number of organisations that answered is published, never the text
        List<String> k25 = browser.find(By.id("q-k25")).findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(k25).containsExactly("Organisation type", "answered (free text, not published)", "Total");
        browser.assertAccessible();
    }
}
