package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.auth.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The register in a real browser. The journey: an analyst opens a barrier, changes its status with a date and a
 * note, and sees the new step in the history and the change in the log; an invalid edit shows its problems and
 * changes nothing. And the list filters. Changes only B-010 and B-011.
 */
class RegisterBrowserTest {
    static Browser analyst;

    @BeforeAll
    static void open() {
        analyst = DemoSite.browserAs(Role.ANALYST);
    }

    @AfterAll
    static void close() {
        if (analyst != null) {
            analyst.close();
        }
    }

    /** Sets a date input the way a user's date picker does, whatever the browser's locale shows. */
    static void setDate(Browser b, String id, LocalDate date) {
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    @Test
    void anAnalystChangesABarriersStatusWithDateAndNote() {
        analyst.open("/language/en?back=/barriers/B-010");
        String before = analyst.find(By.cssSelector("dl.facts dd strong")).getText();
        int steps = analyst.driver().findElements(By.cssSelector("table.history tbody tr")).size();
        int logged = analyst.driver().findElements(By.cssSelector("table.changes tbody tr")).size();
        analyst.assertAccessible();

        analyst.clickAndWaitFor(analyst.find(By.linkText("Edit or change the status")), Browser.path("/barriers/B-010/edit"));
        assertThat(analyst.currentPath()).isEqualTo("/barriers/B-010/edit");
        assertThat(analyst.find(By.id("status")).getText()).contains("Current status: " + before);
        analyst.assertAccessible();
        Select status = new Select(analyst.find(By.id("status-select")));
        String target = before.equals("In drafting") ? "Action proposed" : "In drafting";
        status.selectByVisibleText(target);
        LocalDate date = LocalDate.now().minusDays(2);
        setDate(analyst, "status_date", date);
        analyst.find(By.id("status_note")).sendKeys("Decided in the working group on " + date);
        // the change is saved once the barrier's page says so: its path and its confirmation
        analyst.clickAndWaitFor(analyst.find(By.cssSelector("#entry-form button[type=submit]")),
                Browser.both(Browser.path("/barriers/B-010?saved=changed"), Browser.element(By.cssSelector("p.confirmation"))));

        assertThat(analyst.currentPath()).isEqualTo("/barriers/B-010?saved=changed");
        assertThat(analyst.find(By.cssSelector("p.confirmation")).getText()).isEqualTo("Saved: the changes were recorded in the register.");
        assertThat(analyst.find(By.cssSelector("dl.facts dd strong")).getText()).isEqualTo(target);
        List<WebElement> history = analyst.driver().findElements(By.cssSelector("table.history tbody tr"));
        assertThat(history).hasSize(steps + 1);
        assertThat(history.get(history.size() - 1).getText()).isEqualTo(date + " " + target + " Decided in the working group on " + date);
        List<WebElement> log = analyst.driver().findElements(By.cssSelector("table.changes tbody tr"));
        assertThat(log).hasSize(logged + 1);
        assertThat(log.get(0).getText()).contains("analyst").contains("status, status history");
        analyst.assertAccessible();

        // the dashboard's recent changes name it too
        analyst.open("/");
        assertThat(analyst.find(By.cssSelector("section[aria-labelledby='recent-h'] tbody tr")).getText())
                .contains("analyst").contains("B-010").contains("status");
    }

    @Test
    void anInvalidEditShowsTheProblemsKeepsTheInputAndChangesNothing() {
        analyst.open("/language/fi?back=/barriers/B-011");
        String title = analyst.find(By.tagName("h1")).getText();
        String page = analyst.find(By.tagName("main")).getText();

        analyst.open("/barriers/B-011/edit");
        for (String l : List.of("fi", "sv", "en")) {
            analyst.find(By.id("title_" + l)).clear();
        }
        WebElement provisions = analyst.find(By.id("provisions"));
        provisions.clear();
        provisions.sendKeys("9999/2016 3 §");
        new Select(analyst.find(By.id("severity"))).selectByValue("5");
        analyst.clickAndWaitFor(analyst.find(By.cssSelector("#entry-form button[type=submit]")),
                Browser.element(By.cssSelector(".error-summary")));

        WebElement summary = analyst.find(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Mitään ei tallennettu").contains("Otsikko:").contains("Säännökset:");
        assertThat(analyst.find(By.id("title_fi-error")).getText()).contains("needs a title");
        assertThat(analyst.find(By.id("provisions-error")).getText()).contains("9999/2016");
        assertThat(analyst.find(By.id("provisions")).getAttribute("value")).isEqualTo("9999/2016 3 §");
        assertThat(analyst.find(By.id("provisions")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(analyst.find(By.id("severity"))).getFirstSelectedOption().getText()).isEqualTo("5");
        // the summary's links lead to the fields
        summary.findElement(By.cssSelector("a[href='#provisions']")).click();
        assertThat(analyst.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("provisions");
        analyst.assertAccessible();

        analyst.open("/barriers/B-011");
        assertThat(analyst.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(analyst.find(By.tagName("main")).getText()).isEqualTo(page);
    }

    @Test
    void theListFiltersNarrowTheRegisterAndCountWhatTheyShow() {
        analyst.open("/language/en?back=/barriers");
        int all = analyst.driver().findElements(By.cssSelector("table.register tbody tr")).size();
        String unfiltered = analyst.find(By.id("result-h")).getText();
        assertThat(unfiltered).isEqualTo(all + " of " + all + " barriers");
        analyst.assertAccessible();

        new Select(analyst.find(By.id("theme"))).selectByValue("proactive");
        // filtered once the count above the list has changed
        analyst.clickAndWaitFor(analyst.find(By.cssSelector("form.filters button[type=submit]")),
                Browser.both(Browser.pathContaining("theme=proactive"),
                        Browser.text(By.id("result-h"), "is no longer '" + unfiltered + "'", t -> !t.equals(unfiltered))));
        List<WebElement> themed = analyst.driver().findElements(By.cssSelector("table.register tbody tr"));
        assertThat(themed).isNotEmpty().hasSizeLessThan(all);
        assertThat(themed).allMatch(r -> r.findElement(By.cssSelector("td:nth-child(3)")).getText()
                .equals("Proactive services on the authority's initiative"));
        assertThat(analyst.find(By.id("result-h")).getText()).isEqualTo(themed.size() + " of " + all + " barriers");

        analyst.find(By.id("act")).sendKeys("9005/2020");
        analyst.clickAndWaitFor(analyst.find(By.cssSelector("form.filters button[type=submit]")),
                Browser.both(Browser.pathContaining("act=9005%2F2020"), Browser.element(By.id("result-h"))));
        List<WebElement> ofAct = analyst.driver().findElements(By.cssSelector("table.register tbody tr"));
        assertThat(ofAct).isNotEmpty().allMatch(r -> r.getText().contains("9005/2020"));

        analyst.open("/barriers?act=12345");
        assertThat(analyst.find(By.cssSelector(".filters .field-error")).getText()).contains("NUMBER/YEAR");
        analyst.assertAccessible();

        analyst.open("/barriers?q=written");
        assertThat(analyst.driver().findElements(By.cssSelector("table.register tbody tr"))).isNotEmpty()
                .allMatch(r -> r.getText().toLowerCase().contains("writ"));
    }

    @Test
    void theNewBarrierAndMeasureFormsAreAccessibleAndTheListsOfferThem() {
        analyst.open("/language/sv?back=/barriers");
        analyst.clickAndWaitFor(analyst.find(By.linkText("Nytt hinder")), Browser.path("/barriers/new"));
        assertThat(analyst.find(By.id("barrier_type")).findElements(By.tagName("option")).size()).isGreaterThan(5);
        assertThat(analyst.find(By.tagName("h1")).getText()).isEqualTo("Nytt hinder");
        analyst.assertAccessible();
        analyst.open("/measures/new");
        analyst.assertAccessible();
        analyst.open("/measures/M-01");
        analyst.assertAccessible();
        analyst.open("/measures");
        analyst.assertAccessible();
    }
}
