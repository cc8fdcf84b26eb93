package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.auth.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader makes reports on the reports page: type, language, format and the type's parameters chosen in the form,
 * then the download reopened (DOCX and XLSX with POI, PDF with PDFBox) and its headings checked for the language.
 */
class ReportJourneyTest {
    static Browser browser;

    @BeforeAll
    static void open() {
        browser = DemoSite.browserAs(Role.READER);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anActProfileInSwedishAsAWordDocument() throws Exception {
        browser.open("/reports");
        // the titles come from reports/*.yaml in the page language, without their placeholders
        assertThat(browser.find(By.cssSelector("label[for='type-act-profile']")).getText()).isEqualTo("Maturity profile");
        assertThat(browser.driver().findElements(By.id("type-draft-screening"))).isEmpty();
        browser.assertAccessible();
        browser.find(By.id("type-act-profile")).click();
        new Select(browser.find(By.id("report-lang"))).selectByValue("sv");
        browser.find(By.id("format-docx")).click();
        browser.find(By.id("report-act")).sendKeys("2016/9001");
        HttpResponse<byte[]> r = submit();
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("act-profile-2016-9001-sv-").contains(".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("Nivåer per dimension").doesNotContain("Levels per dimension", "Tasot ulottuvuuksittain");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Mognadsprofil: 9001/2016");
        }
    }

    @Test
    void aFollowUpReportInFinnishAsAWorkbook() throws Exception {
        browser.open("/reports");
        browser.find(By.id("type-follow-up")).click();
        new Select(browser.find(By.id("report-lang"))).selectByValue("fi");
        browser.find(By.id("format-xlsx")).click();
        setDate("report-from", "2025-01-01");
        setDate("report-to", "2026-12-31");
        HttpResponse<byte[]> r = submit();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Yhteenveto");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Seurantaraportti");
        }
    }

    @Test
    void surveyResultsInEnglishAsAPdf() throws Exception {
        browser.open("/reports");
        browser.find(By.id("type-survey-results")).click();
        new Select(browser.find(By.id("report-lang"))).selectByValue("en");
        browser.find(By.id("format-pdf")).click();
        HttpResponse<byte[]> r = submit();
        assertThat(new String(Arrays.copyOf(r.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Survey results", "Respondents and themes").doesNotContain("Vastaajat ja teemat");
        }
    }

    @Test
    void aMissingActIsShownOnTheFormInsteadOfABrokenDownload() {
        browser.open("/reports");
        browser.find(By.id("type-act-profile")).click();
        browser.clickAndWaitFor(browser.find(By.cssSelector("form.report-form button[type=submit]")),
                Browser.element(By.cssSelector("[role=alert]")));
        assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("The maturity profile needs an act");
        assertThat(browser.find(By.id("type-act-profile")).isSelected()).isTrue();
        browser.assertAccessible();
    }

    @Test
    void visitorsAreAskedToSignIn() {
        try (Browser visitor = Browser.start(DemoSite.base())) {
            visitor.open("/reports");
            assertThat(visitor.driver().findElements(By.cssSelector("form.report-form"))).isEmpty();
            HttpResponse<byte[]> r = visitor.download("/reports/download?type=deregulation&lang=fi&format=docx");
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/login");
        }
    }

    /** What pressing the button would fetch: the form's own GET request, downloaded with the browser's session. */
    private static HttpResponse<byte[]> submit() {
        String query = (String) browser.driver().executeScript(
                "return new URLSearchParams(new FormData(document.querySelector('form.report-form'))).toString()");
        HttpResponse<byte[]> r = browser.download("/reports/download?" + query);
        assertThat(r.statusCode()).as("report download %s: %s", query, new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r;
    }

    private static void setDate(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), isoDate);
    }
}
