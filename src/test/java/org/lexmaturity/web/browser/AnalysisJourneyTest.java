package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The analyses pages in a real browser: the catalogue, a parameter form, table and chart, and the four downloads. */
class AnalysisJourneyTest {
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
    void theCatalogueListsPublicAnalysesInThePageLanguageAndHidesPrivateOnesFromVisitors() {
        browser.open("/language/sv?back=/analyses");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Analyser");
        String text = browser.text();
        assertThat(text).contains("Hinder per tema", "Försenade åtgärder");
        // priority-ranking reads the private survey graph: not for anonymous visitors
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/analyses/priority-ranking']"))).isEmpty();
        assertThat(text).contains("2 analyser");
        browser.assertAccessible();
        // asked for by address, it sends the visitor to sign in first
        browser.open("/analyses/priority-ranking");
        assertThat(browser.currentPath()).startsWith("/login");
        assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
        browser.open("/language/en?back=/analyses");
    }

    @Test
    void runAnAnalysisWithItsFormAndDownloadTheChartAndTable() throws Exception {
        browser.open("/analyses");
        browser.clickAndWaitFor(browser.find(By.cssSelector("a[href='/analyses/barriers-by-life-event']")),
                Browser.path("/analyses/barriers-by-life-event"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Barriers by life event");
        // the concept parameter is a select of the life-event scheme, with "(all)" first since it has no default
        Select event = new Select(browser.find(By.id("p-lifeEvent")));
        assertThat(event.getOptions().get(0).getText()).isEqualTo("(all)");
        assertThat(event.getOptions()).extracting(WebElement::getText).contains("Death of a relative and inheritance");
        int allRows = rows().size();
        assertThat(allRows).isGreaterThan(1);
        event.selectByVisibleText("Death of a relative and inheritance");
        browser.clickAndWaitFor(browser.find(By.cssSelector("form.params button[type=submit]")),
                Browser.pathContaining("lifeEvent=death-and-inheritance"));
        assertThat(browser.currentPath()).contains("lifeEvent=death-and-inheritance");
        assertThat(new Select(browser.find(By.id("p-lifeEvent"))).getFirstSelectedOption().getText()).isEqualTo("Death of a relative and inheritance");
        List<WebElement> rows = rows();
        assertThat(rows).isNotEmpty().hasSizeLessThan(allRows);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).startsWith("Death of a relative and inheritance"));
        long shownTotal = rows.stream().mapToLong(r -> Long.parseLong(r.findElements(By.tagName("td")).get(2).getText())).sum();

        WebElement chart = browser.find(By.cssSelector("figure.chart img"));
        assertThat(chart.getAttribute("alt")).contains("Barriers by life event");
        Object width = browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth", chart);
        assertThat(((Number) width).intValue()).as("the SVG chart loaded").isEqualTo(900);
        browser.assertAccessible();

        HttpResponse<byte[]> png = download("png");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(900);
        HttpResponse<byte[]> svg = download("svg");
        String svgText = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(svgText).startsWith("<svg").contains("<title>").contains("Death of a relative and inheritance");
        HttpResponse<byte[]> csv = download("csv");
        String csvText = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = csvText.lines().toList();
        assertThat(lines.get(0)).contains("Life event");
        assertThat(lines.subList(1, lines.size())).hasSize(rows.size()).allSatisfy(l -> assertThat(l).startsWith("Death of a relative and inheritance"));
        HttpResponse<byte[]> xlsx = download("xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            long total = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                total += (long) sheet.getRow(r).getCell(2).getNumericCellValue();
            }
            assertThat(total).isEqualTo(shownTotal);
        }
    }

    @Test
    void aWrongParameterIsShownOnThePageNotAsABrokenResult() {
        browser.open("/analyses/overdue-measures?date=not-a-date");
        assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("date").contains("not-a-date");
        assertThat(browser.driver().findElements(By.cssSelector("table.grid"))).isEmpty();
        browser.assertAccessible();
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("table.grid tbody tr"));
    }

    private static HttpResponse<byte[]> download(String format) {
        String href = browser.find(By.cssSelector("ul.downloads a[data-format='" + format + "']")).getAttribute("href");
        assertThat(href).contains("lifeEvent=death-and-inheritance").contains("lang=en");
        HttpResponse<byte[]> r = browser.download(href);
        assertThat(r.statusCode()).as("download %s", href).isEqualTo(200);
        return r;
    }
}
