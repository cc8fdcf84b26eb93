package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.Role;
import org.lexmaturity.survey.SurveyCatalog;
import org.lexmaturity.web.SurveyExports;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An analyst imports a survey export in the browser: upload, the dry-run preview with the inferred mapping, confirm,
 * follow the import job to its end, and find the new survey in the list; a broken file shows its problems with sheet,
 * row and column, and imports nothing. The export is a real XLSX written with POI ({@link SurveyExports}).
 */
class SurveyImportJourneyTest {
    static Browser browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        browser = DemoSite.browserAs(Role.ANALYST);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void uploadPreviewConfirmAndFollowTheImportToTheNewSurvey() throws Exception {
        Path file = Files.write(dir.resolve("selainkysely-2026.xlsx"), SurveyExports.xlsx(false));
        browser.open("/surveys");
        int before = browser.driver().findElements(By.cssSelector("table.grid tbody tr")).size();
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.find(By.id("threshold")).clear();
        browser.find(By.id("threshold")).sendKeys("3");
        browser.clickAndWaitFor(browser.find(By.cssSelector("form[action='/surveys/preview'] button[type=submit]")),
                Browser.element(By.cssSelector(".outcome")));

        // the preview: no problems, the counts, the sheets and the inferred mapping
        assertThat(browser.find(By.cssSelector(".outcome.ok")).getText()).contains("No problems found", "12 responses with 28 answers");
        assertThat(cells("table.grid:has(caption) tbody tr", "Vastaukset")).contains("Vastaukset", "12", "fi", "yes");
        assertThat(cells("table.grid tbody tr", "Ohjeet")).contains("no");
        assertThat(cells("table.grid tbody tr", "k01")).contains("K01", "Likert scale", "1–5");
        assertThat(cells("table.grid tbody tr", "k03")).contains("Free text");
        assertThat(cells("table.grid tbody tr", "Contact details (private)")).contains("Sähköposti");
        assertThat(browser.text()).contains("inferred from the header row").contains("selainkysely-2026");
        assertThat(browser.find(By.cssSelector("details.yaml pre")).getAttribute("textContent")).contains("survey: selainkysely-2026");
        browser.assertAccessible();

        browser.clickAndWaitFor(browser.find(By.cssSelector("form[action='/surveys/import'] button[type=submit]")),
                Browser.pathStartingWith("/surveys/imports/"));
        assertThat(browser.currentPath()).startsWith("/surveys/imports/");
        browser.assertAccessible();
        // the page follows the job by itself (a small script polls its JSON status) until it is done
        browser.waitFor(Duration.ofSeconds(60), Browser.element(By.cssSelector("section.outcome.ok")));
        assertThat(browser.find(By.id("job-state")).getText()).isEqualTo("done");
        assertThat(browser.text()).contains("Survey selainkysely-2026: 12 responses and 28 answers imported.");
        assertThat(browser.driver().findElements(By.id("job-refresh"))).isEmpty();
        browser.assertAccessible();

        browser.clickAndWaitFor(browser.find(By.linkText("See the results")), Browser.path("/surveys/selainkysely-2026"));
        assertThat(browser.currentPath()).isEqualTo("/surveys/selainkysely-2026");
        assertThat(browser.find(By.cssSelector("#q-k01 figure.chart img")).getAttribute("alt")).isNotBlank();
        // the threshold of 3 published the single ministry only as suppressed
        assertThat(browser.find(By.id("q-k01")).findElements(By.cssSelector("tr.suppressed th")))
                .extracting(WebElement::getText).contains("Ministry");
        browser.open("/surveys");
        assertThat(browser.driver().findElements(By.cssSelector("table.grid tbody tr"))).hasSize(before + 1);
        assertThat(browser.find(By.cssSelector("a[href='/surveys/selainkysely-2026']")).getText()).isEqualTo("selainkysely-2026.xlsx");
    }

    @Test
    void aBrokenFileShowsEveryProblemWithItsPlaceAndImportsNothing() throws Exception {
        Path file = Files.write(dir.resolve("rikki-kysely.xlsx"), SurveyExports.xlsx(true));
        browser.open("/surveys");
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.clickAndWaitFor(browser.find(By.cssSelector("form[action='/surveys/preview'] button[type=submit]")),
                Browser.element(By.cssSelector(".outcome")));
        assertThat(browser.find(By.cssSelector(".outcome.bad")).getText()).contains("Problems found: 1.");
        List<String> problem = browser.driver().findElements(By.cssSelector("table.problems tbody tr td")).stream().map(WebElement::getText).toList();
        assertThat(problem).containsExactly("rikki-kysely.xlsx", "Vastaukset", "9", "A (Vastaaja)",
                "duplicate respondent id 'S03' (first at sheet Vastaukset, row 4)");
        assertThat(browser.driver().findElements(By.cssSelector("form[action='/surveys/import']"))).isEmpty();
        browser.assertAccessible();
        assertThat(new SurveyCatalog(DemoSite.store()).surveys()).extracting(SurveyCatalog.SurveySummary::id).doesNotContain("rikki-kysely");
    }

    @Test
    void aReaderSeesNoUploadForm() {
        try (Browser reader = DemoSite.browserAs(Role.READER)) {
            reader.open("/surveys");
            assertThat(reader.driver().findElements(By.cssSelector("input[type=file]"))).isEmpty();
            assertThat(reader.text()).contains("Sign in as an analyst");
        }
    }

    /** The texts of the cells of the first row (matching {@code rows}) whose text contains {@code key}. */
    private static List<String> cells(String rows, String key) {
        WebElement row = browser.driver().findElements(By.cssSelector(rows)).stream().filter(r -> r.getText().contains(key))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + key));
        return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }
}
