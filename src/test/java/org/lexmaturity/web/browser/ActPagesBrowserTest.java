package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.auth.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The statute pages in a real browser: search by words and by number, the act with its findings marked, the maturity
 * radar with the evidence table, and the expert assessment form; axe-clean in Finnish and English.
 */
class ActPagesBrowserTest {
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
    void searchingByWordsFindsInflectedFormsInProvisions() {
        browser.open("/language/fi?back=/acts");
        browser.find(By.id("text")).sendKeys("hakemus");
        new Select(browser.find(By.id("lang"))).selectByValue("fi");
        browser.clickAndWaitFor(browser.find(By.cssSelector("form.filters button[type=submit]")), Browser.element(By.id("hits-h")));
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("ol.hits li"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.stream().map(WebElement::getText).toList()).anyMatch(t -> t.toLowerCase().contains("hakemukse"));
        assertThat(browser.find(By.id("hits-h")).getText()).contains(hits.size() + " säännöstä");
        browser.assertAccessible();
    }

    @Test
    void searchingByNumberEitherWayRoundFindsTheAct() {
        browser.open("/language/en?back=/acts");
        browser.find(By.id("q")).sendKeys("2016/9001");
        browser.clickAndWaitFor(browser.find(By.cssSelector("form.filters button[type=submit]")), Browser.pathContaining("q=2016%2F9001"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.acts tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).startsWith("9001/2016");
        assertThat(browser.find(By.id("acts-h")).getText()).isEqualTo("Acts 1–1 of 1");
        browser.assertAccessible();
        browser.find(By.id("q")).clear();
        browser.find(By.id("q")).sendKeys("9001/2016");
        browser.clickAndWaitFor(browser.find(By.cssSelector("form.filters button[type=submit]")), Browser.pathContaining("q=9001%2F2016"));
        assertThat(browser.driver().findElements(By.cssSelector("table.acts tbody tr")).stream().map(WebElement::getText).toList())
                .singleElement().asString().startsWith("9001/2016");
    }

    @Test
    void theMinistryFilterKeepsOnlyThatMinistrysActs() {
        browser.open("/language/en?back=/acts");
        Select ministry = new Select(browser.find(By.id("ministry")));
        String label = ministry.getOptions().get(1).getText();
        ministry.selectByIndex(1);
        browser.clickAndWaitFor(browser.find(By.cssSelector("form.filters button[type=submit]")), Browser.pathContaining("ministry="));
        List<WebElement> cells = browser.driver().findElements(By.cssSelector("table.acts tbody td:nth-child(4)"));
        assertThat(cells).isNotEmpty().allMatch(td -> td.getText().equals(label));
        assertThat(cells.size()).isLessThan(30);
    }

    @Test
    void theActShowsItsFindingsMarkedAndTheRadarWithEvidence() {
        browser.open("/language/en?back=/acts/2016/9001");
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("#text p.subsection mark.finding"));
        assertThat(marks).isNotEmpty();
        WebElement first = marks.get(0);
        String hidden = first.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent");
        assertThat(hidden).matches(" \\[(barrier|enabler|mitigator): .+]");
        // the list of findings links to the provision that holds the mark
        WebElement link = browser.find(By.cssSelector("#findings tbody tr td:nth-child(2) a"));
        String anchor = link.getAttribute("href").replaceAll("^.*#", "");
        assertThat(browser.find(By.id(anchor)).findElements(By.cssSelector("mark.finding"))).isNotEmpty();

        WebElement radar = browser.find(By.cssSelector("#profile figure.chart img"));
        assertThat(radar.getAttribute("alt")).contains("9001/2016");
        Object loaded = browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth", radar);
        assertThat(((Number) loaded).intValue()).isGreaterThan(0);
        assertThat(browser.driver().findElements(By.cssSelector("#profile-table tbody tr"))).hasSize(6);
        List<WebElement> evidence = browser.driver().findElements(By.cssSelector("table.evidence tbody tr"));
        assertThat(evidence).isNotEmpty();
        assertThat(evidence.stream().map(r -> r.findElement(By.cssSelector("td.num")).getText()).toList())
                .allMatch(e -> e.matches("[+−]\\d+(\\.\\d+)?"));
        assertThat(browser.find(By.id("barriers")).getText()).contains("Barriers in the register");
        // a visitor sees no assessment form
        assertThat(browser.driver().findElements(By.id("assessment-form"))).isEmpty();
        browser.assertAccessible();

        browser.open("/language/fi?back=/acts/2016/9001");
        assertThat(browser.find(By.id("profile-h")).getText()).isEqualTo("Digikypsyysprofiili");
        assertThat(browser.find(By.cssSelector("#text .legend")).getText()).contains("este").contains("mahdollistaja");
        browser.assertAccessible();
    }

    @Test
    void anAnalystRecordsAnExpertAssessmentAndSeesProblemsBesideTheFields() {
        try (Browser analyst = DemoSite.browserAs(Role.ANALYST)) {
            analyst.open("/language/en?back=/acts/2019/9011");
            analyst.find(By.cssSelector("input[name='verdict-automation-readiness'][value='not-met']")).click();
            analyst.find(By.id("provisions-automation-readiness")).sendKeys("9001/2016 3 §");
            analyst.clickAndWaitFor(analyst.find(By.cssSelector("#assessment-form button[type=submit]")),
                    Browser.element(By.id("provisions-automation-readiness-error")));
            assertThat(analyst.find(By.id("provisions-automation-readiness-error")).getText()).contains("not a provision of this act");
            assertThat(analyst.find(By.id("provisions-automation-readiness")).getAttribute("value")).isEqualTo("9001/2016 3 §");
            assertThat(analyst.find(By.id("provisions-automation-readiness")).getAttribute("aria-invalid")).isEqualTo("true");
            analyst.assertAccessible();

            analyst.find(By.id("provisions-automation-readiness")).clear();
            analyst.find(By.id("comment-automation-readiness")).sendKeys("Discretion in 3 § blocks automated decisions.");
            analyst.clickAndWaitFor(analyst.find(By.cssSelector("#assessment-form button[type=submit]")),
                    Browser.element(By.cssSelector("p.confirmation")));
            assertThat(analyst.find(By.cssSelector("p.confirmation")).getText()).isEqualTo("The expert assessment was recorded.");
            WebElement row = analyst.find(By.xpath("//table[@id='profile-table']//tr[th/a[@href='#dim-automation-readiness']]"));
            assertThat(row.getText()).contains("not met").contains("expert assessment");
            assertThat(analyst.find(By.id("assessment")).getText()).contains("Latest assessment by analyst");
            analyst.assertAccessible();
        }
    }
}
