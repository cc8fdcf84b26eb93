package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The SPARQL page: YASGUI served from its WebJar and configured for this server's endpoint, the example queries as
 * text and buttons, a Content-Security-Policy relaxed by one stylesheet hash only, and no axe violations.
 */
class QueryPageTest {
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
    void yasguiLoadsFromThisServerWithTheExamples() {
        browser.open("/query");
        WebElement editor = browser.find(By.cssSelector("#yasgui .CodeMirror"));
        assertThat(editor.isDisplayed()).isTrue();
        String endpoint = (String) browser.driver().executeScript("return window.lexmaturityYasgui.getTab().getEndpoint()");
        assertThat(endpoint).isEqualTo(DemoSite.base() + "/sparql");
        // the examples, as text for everyone and as links that run them without JavaScript
        List<WebElement> examples = browser.driver().findElements(By.cssSelector("article.example"));
        assertThat(examples).hasSize(5);
        assertThat(browser.find(By.id("example-acts-by-ministry")).getText()).contains("eli:responsibility_of");
        assertThat(examples.get(3).findElement(By.linkText("Run on the endpoint (JSON)")).getAttribute("href"))
                .startsWith(DemoSite.base() + "/sparql?output=json&query=").contains(URLEncoder.encode("qb:DataSet", StandardCharsets.UTF_8));
        browser.find(By.cssSelector("button[data-example='barriers-by-theme']")).click();
        String query = (String) browser.driver().executeScript("return window.lexmaturityYasgui.getTab().getQuery()");
        assertThat(query).contains("lxm:Barrier");
        browser.assertAccessible();
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void theAssetsComeFromTheWebJarAndOnlyThisPageHasTheStylesheetHash() {
        browser.open("/query");
        HttpResponse<byte[]> js = browser.download("/static/yasgui/yasgui.min.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(js.body().length).isGreaterThan(500_000);
        assertThat(browser.download("/static/yasgui/yasgui.min.css").statusCode()).isEqualTo(200);
        assertThat(browser.driver().findElements(By.cssSelector("script[src^='http'], link[href^='http']"))).isEmpty();
        String csp = browser.download("/query").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("style-src 'self' 'sha256-").doesNotContain("unsafe");
        assertThat(browser.download("/analyses").headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("sha256");
    }

    @Test
    void anExampleRunsOnThePublicEndpoint() {
        browser.open("/query");
        HttpResponse<byte[]> probe = browser.download("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        assumeTrue(probe.statusCode() == 200, "the public SPARQL endpoint (/sparql) is not on this branch yet");
        browser.find(By.cssSelector("button[data-example='barriers-by-theme']")).click();
        // YASGUI runs the query and draws the answer, drawing its table more than once: the table's text is read in
        // one go once it holds the answer (a table redrawn while it is read means "not yet")
        String answer = browser.waitFor(Duration.ofSeconds(60), Browser.when("the answer's table with 'barriers' in it", d -> {
            if (d.findElements(By.cssSelector("#yasgui .yasr table tbody tr td")).isEmpty()) {
                return null;
            }
            String text = d.findElement(By.cssSelector("#yasgui .yasr table")).getText();
            return text.contains("barriers") ? text : null;
        }));
        assertThat(answer).contains("barriers");
        browser.assertAccessible();
        assertThat(cspViolations()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> cspViolations() {
        return (List<String>) browser.driver().executeScript("return window.lexmaturityCspViolations");
    }
}
