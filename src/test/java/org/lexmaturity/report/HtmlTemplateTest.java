package org.lexmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lexmaturity.report.ReportDocument.Figure;
import org.lexmaturity.report.ReportDocument.Heading;
import org.lexmaturity.report.ReportDocument.KeyFigure;
import org.lexmaturity.report.ReportDocument.KeyFigures;
import org.lexmaturity.report.ReportDocument.Paragraph;
import org.lexmaturity.report.ReportDocument.Table;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * What the page template adds to {@link ReportWritersTest}: text XML cannot carry is dropped so the page still parses
 * (and so the PDF can be made), attributes that must be there stay when empty, and nothing of the template's own
 * fragment section or Thymeleaf's attributes reaches the page.
 */
class HtmlTemplateTest {

    @Test
    void charactersXmlCannotCarryAreDroppedAndThePageStillParses() throws Exception {
        ReportDocument doc = new ReportDocument("x", "en", "Title\u0001 one", "Sub\uFFFEtitle", ReportSamples.DATE, List.of(
                new Heading(1, "Bell\u0007 heading"), new Paragraph("Form\u000Cfeed\nnext line"),
                new Table("Caption\u0000", List.of("Name", "Count"), List.of(false, true),
                        List.of(List.of("x\u001Fy", 3L)), "a\u0002b")));
        for (boolean pdf : new boolean[] {false, true}) {
            String html = HtmlWriter.render(doc, pdf);
            Document x = parse(html);
            assertThat(x.getElementsByTagNameNS("*", "h1").item(0).getTextContent()).isEqualTo("Title one");
            assertThat(html).contains("id=\"bell-heading\">Bell heading</h2>", "<p>Formfeed<br />next line</p>",
                    "Table 1. Caption</caption>", ">xy</th>", "content=\"Subtitle\"");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.write(doc, pdf);
        assertThat(pdf.toByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aPictureWithoutWordsKeepsAnEmptyAltAndAPageWithoutTitleAnEmptyDescription() throws Exception {
        ReportDocument doc = new ReportDocument("x", "fi", null, null, null, List.of(
                new Figure(null, null, ReportSamples.png(), null, 800, 450, null, "bar", null),
                new KeyFigures(List.of(new KeyFigure("1", "one", null)))));
        String html = HtmlWriter.render(doc, false);
        parse(html);
        assertThat(html).contains("<meta name=\"description\" content=\"\" />", "alt=\"\"",
                "<ul class=\"key-figures kf-1\"><li class=\"kf\">").doesNotContain("<nav", "<bookmarks");
    }

    @Test
    void nothingOfTheTemplateItselfReachesThePage() throws Exception {
        for (ReportDocument doc : List.of(ReportSamples.finnish(), ReportSamples.swedish())) {
            for (boolean pdf : new boolean[] {false, true}) {
                String html = HtmlWriter.render(doc, pdf);
                parse(html);
                assertThat(html).startsWith("<!DOCTYPE html>\n<html ").doesNotContain(" th:", "<th:", "thymeleaf", "fragment",
                        "Alternative text", "Table 1. Caption", ">Heading<", "<!--");
                // the fragments are used, not printed where they are defined: one figure, three tables
                assertThat(html.split("<figure ", -1)).hasSize(2);
                assertThat(html.split("<table", -1)).hasSize(pdf ? 3 : 4);
            }
        }
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
