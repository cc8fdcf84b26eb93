package org.lexmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexmaturity.report.ReportDocument.Block;
import org.lexmaturity.report.ReportDocument.Heading;
import org.lexmaturity.report.ReportDocument.Table;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Writes the Finnish and Swedish samples in every format, reopens each and checks structure, numbers and pictures. */
class ReportWritersTest {

    /** Levels the sample's headings must be rendered at: the heading after a level-1 asked for 3 and gets 2. */
    private static final List<Integer> LEVELS = List.of(1, 1, 2, 3, 1, 2);
    private static final String NBSP = "\u00A0";
    private static final Path SAMPLES = Path.of("target", "report-samples");

    static List<ReportDocument> samples() {
        return List.of(ReportSamples.finnish(), ReportSamples.swedish());
    }

    @BeforeAll
    static void samplesDir() throws IOException {
        Files.createDirectories(SAMPLES);
    }

    private static byte[] write(ReportDocument doc, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriters.write(doc, format, out);
        Files.write(SAMPLES.resolve(doc.type() + "-" + doc.language() + "." + format.extension()), out.toByteArray());
        return out.toByteArray();
    }

    private static List<String> headingTexts(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof Heading).map(b -> ((Heading) b).text()).toList();
    }

    private static List<Table> tables(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static ReportDocument.Figure figure(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof ReportDocument.Figure).map(b -> (ReportDocument.Figure) b)
                .findFirst().orElseThrow();
    }

    private static String word(ReportDocument doc, String fi, String sv) {
        return doc.language().equals("fi") ? fi : sv;
    }

    // ---------------------------------------------------------------- template

    @Test
    void templateDefinesTheStylesTheWriterUses() throws Exception {
        try (InputStream in = DocxWriter.class.getResourceAsStream(DocxWriter.TEMPLATE)) {
            assertThat(in).as("template on the class path").isNotNull();
            try (XWPFDocument t = new XWPFDocument(in)) {
                XWPFStyles styles = t.getStyles();
                for (String id : DocxWriter.styleIds()) {
                    assertThat(styles.styleExist(id)).as("style %s", id).isTrue();
                }
                for (int level = 1; level <= 3; level++) {
                    assertThat(styles.getStyle("Heading" + level).getCTStyle().getPPr().getOutlineLvl().getVal())
                            .as("outline level of Heading%d", level).isEqualTo(BigIntegerOf(level - 1));
                }
                assertThat(styles.getStyle("ReportTable").getType().toString()).isEqualTo("table");
                assertThat(styles.getStyle("ReportTable").getCTStyle().xmlText()).contains("firstRow");
                var sect = t.getDocument().getBody().getSectPr();
                assertThat(sect.getPgSz().getW()).isEqualTo(BigIntegerOf(11906));
                assertThat(sect.getPgSz().getH()).isEqualTo(BigIntegerOf(16838));
                assertThat(t.getFooterList()).anySatisfy(f -> assertThat(f._getHdrFtr().xmlText()).contains("PAGE"));
            }
        }
    }

    private static Object BigIntegerOf(long v) {
        return java.math.BigInteger.valueOf(v);
    }

    // ---------------------------------------------------------------- DOCX

    @ParameterizedTest
    @MethodSource("samples")
    void docxHasStyledHeadingsTocTablesCaptionsAndDescribedPictures(ReportDocument doc) throws Exception {
        byte[] bytes = write(doc, ReportFormat.DOCX);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> ps = d.getParagraphs();
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(ps.get(0).getText()).isEqualTo(doc.title());
            assertThat(ps).anySatisfy(p -> assertThat(p.getText()).isEqualTo("23.11.2026"));

            List<String> headings = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (XWPFParagraph p : ps) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getStyle() + ":" + p.getText());
                }
            }
            List<String> texts = headingTexts(doc);
            for (int i = 0; i < texts.size(); i++) {
                expected.add("Heading" + LEVELS.get(i) + ":" + texts.get(i));
            }
            assertThat(headings).containsExactlyElementsOf(expected);

            XWPFParagraph tocHeading = ps.stream().filter(p -> "TOCHeading".equals(p.getStyle())).findFirst().orElseThrow();
            assertThat(tocHeading.getText()).isEqualTo(word(doc, "Sisällys", "Innehåll"));
            assertThat(ps).anySatisfy(p -> assertThat(p.getCTP().xmlText()).contains("TOC \\o \"1-2\" \\h \\z \\u"));
            assertThat(zipEntry(bytes, "word/settings.xml")).contains("updateFields");

            List<String> captions = ps.stream().filter(p -> "Caption".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            List<Table> tables = tables(doc);
            assertThat(captions).containsExactly(
                    word(doc, "Taulukko", "Tabell") + " 1. " + tables.get(0).caption(),
                    word(doc, "Kuvio", "Figur") + " 1. " + figure(doc).caption(),
                    word(doc, "Taulukko", "Tabell") + " 2. " + tables.get(1).caption());
            assertThat(ps).filteredOn(p -> "Source".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .contains(word(doc, "Lähde: analyysi barriers-by-theme", "Källa: analys barriers-by-theme"));
            assertThat(ps).filteredOn(p -> "Quote".equals(p.getStyle())).hasSize(1);
            assertThat(ps).anySatisfy(p -> assertThat(p.getText()).contains(ReportSamples.HOSTILE).contains("åäö").contains("–"));

            // key figures, then the two tables
            assertThat(d.getTables()).hasSize(3);
            XWPFTable kf = d.getTables().get(0);
            assertThat(kf.getRow(0).getTableCells()).hasSize(3);
            assertThat(kf.getRow(0).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("KeyFigureValue");
            assertThat(kf.getRow(0).getCell(0).getText()).contains("1 234");

            XWPFTable t1 = d.getTables().get(1);
            assertThat(t1.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t1.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(tables.get(0).headers());
            assertThat(t1.getRows()).hasSize(1 + tables.get(0).rows().size());
            assertThat(t1.getRow(1).getCell(0).getText()).isEqualTo(tables.get(0).rows().get(0).get(0));
            assertThat(t1.getRow(1).getCell(1).getText()).isEqualTo("48");
            assertThat(t1.getRow(2).getCell(1).getText()).isEqualTo("1" + NBSP + "234");
            assertThat(t1.getRow(2).getCell(2).getText()).isEqualTo("1" + NBSP + "234,5");
            assertThat(t1.getRow(2).getCell(3).getText()).isEqualTo("15.10.2026");
            assertThat(t1.getRow(2).getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(t1.getRow(2).getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(d.getTables().get(2).getRow(0).getTableCells()).hasSize(7);

            assertThat(d.getAllPictures()).hasSize(1);
            List<String> descriptions = new ArrayList<>();
            for (XWPFParagraph p : ps) {
                for (XWPFRun r : p.getRuns()) {
                    for (CTDrawing drawing : r.getCTR().getDrawingList()) {
                        for (CTInline inline : drawing.getInlineList()) {
                            descriptions.add(inline.getDocPr().getDescr());
                        }
                    }
                }
            }
            assertThat(descriptions).containsExactly(figure(doc).altText());
        }
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the package");
    }

    // ---------------------------------------------------------------- XLSX

    @ParameterizedTest
    @MethodSource("samples")
    void xlsxHasSummaryDataSheetsWithRealNumbersAndANativeChart(ReportDocument doc) throws Exception {
        byte[] bytes = write(doc, ReportFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            List<Table> tables = tables(doc);
            assertThat(names).hasSize(4);
            assertThat(names.get(0)).isEqualTo(word(doc, "Yhteenveto", "Sammanfattning"));
            assertThat(names.get(1)).isEqualTo(tables.get(0).caption());
            assertThat(names.get(2)).isEqualTo(figure(doc).caption());
            assertThat(names.get(3)).hasSizeLessThanOrEqualTo(31).endsWith("\u2026")
                    .startsWith(tables.get(1).caption().substring(0, 20));
            Set<String> lower = new HashSet<>();
            names.forEach(n -> assertThat(lower.add(n.toLowerCase())).as("unique %s", n).isTrue());
            assertThat(names).allSatisfy(n -> assertThat(n).doesNotContainPattern("[\\[\\]:*?/\\\\]"));

            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo(doc.title());
            assertThat(allText(summary)).contains("1 234", "116", "2,4 / 5");

            for (int i = 0; i < 2; i++) {
                Sheet sheet = wb.getSheetAt(i == 0 ? 1 : 3);
                Table t = tables.get(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                Row header = sheet.getRow(0);
                for (int c = 0; c < t.headers().size(); c++) {
                    assertThat(header.getCell(c).getStringCellValue()).isEqualTo(t.headers().get(c));
                    assertThat(wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.headers().size(); c++) {
                        Object v = t.rows().get(r).get(c);
                        Cell cell = sheet.getRow(r + 1).getCell(c);
                        if (v instanceof Long l) {
                            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue()).isEqualTo(l.doubleValue());
                        } else if (v instanceof BigDecimal bd) {
                            assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(bd);
                            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
                        } else if (v instanceof LocalDate date) {
                            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
                        } else {
                            assertThat(cell.getStringCellValue()).isEqualTo(v);
                        }
                    }
                }
                assertThat(allText(sheet)).contains(word(doc, "Lähde: analyysi ", "Källa: analys ") + t.source());
            }

            XSSFSheet figureSheet = wb.getSheetAt(2);
            List<XSSFChart> charts = figureSheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getChartSeries()).singleElement().isInstanceOf(XDDFBarChartData.class);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(wb.getSheetAt(1).getDrawingPatriarch()).as("no chart for a plain table").isNull();
        }
    }

    private static String allText(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- HTML

    @ParameterizedTest
    @MethodSource("samples")
    void htmlIsWellFormedAccessibleAndEscaped(ReportDocument doc) throws Exception {
        String html = new String(write(doc, ReportFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        Document x = parseXml(html);
        Element root = x.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo(doc.language());
        assertThat(elements(x, "h1")).hasSize(1).first().extracting(Node::getTextContent).isEqualTo(doc.title());

        List<Element> headings = new ArrayList<>();
        collectHeadings(root, headings);
        int previous = 0;
        for (Element h : headings) {
            int level = h.getLocalName().charAt(1) - '0';
            assertThat(level).as("heading '%s' after h%d", h.getTextContent(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        List<String> body = headings.stream().filter(h -> !h.getAttribute("id").isEmpty() && !h.getAttribute("id").equals("toc-heading"))
                .map(Node::getTextContent).toList();
        assertThat(body).containsExactlyElementsOf(headingTexts(doc));

        Element nav = elements(x, "nav").get(0);
        List<Element> links = elements(nav, "a");
        assertThat(links).extracting(Node::getTextContent).containsExactly(
                headingTexts(doc).get(0), headingTexts(doc).get(1), headingTexts(doc).get(2), headingTexts(doc).get(4),
                headingTexts(doc).get(5));
        Set<String> ids = new HashSet<>();
        collectIds(root, ids);
        assertThat(links).allSatisfy(a -> assertThat(ids).contains(a.getAttribute("href").substring(1)));

        List<Element> tables = elements(x, "table");
        assertThat(tables).hasSize(3);   // two tables and the data of the figure
        for (Element t : tables) {
            assertThat(firstElementChild(t).getLocalName()).isEqualTo("caption");
            List<Element> ths = elements((Element) t.getElementsByTagNameNS("*", "thead").item(0), "th");
            assertThat(ths).isNotEmpty().allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
        }
        assertThat(elements(tables.get(0), "caption").get(0).getTextContent())
                .isEqualTo(word(doc, "Taulukko", "Tabell") + " 1. " + tables(doc).get(0).caption());
        assertThat(html).contains("<td class=\"num\">1" + NBSP + "234,5</td>");

        Element fig = elements(x, "figure").get(0);
        assertThat(firstElementChild(fig).getLocalName()).isEqualTo("figcaption");
        Element svg = elements(fig, "svg").get(0);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo(figure(doc).altText());
        assertThat(elements(x, "script")).as("no script from the SVG or the text").isEmpty();
        assertThat(html).doesNotContain("onload").doesNotContain("javascript:").doesNotContain("<link").doesNotContain("http://example");
        assertThat(elements(elements(x, "blockquote").get(0), "footer")).hasSize(1);
        assertThat(x.getDocumentElement().getTextContent()).contains(ReportSamples.HOSTILE).contains("åäö");
    }

    private static Document parseXml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static List<Element> elements(Node root, String localName) {
        NodeList nl = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            list.add((Element) nl.item(i));
        }
        return list;
    }

    private static Element firstElementChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                return c;
            }
        }
        throw new AssertionError("no child in " + e.getLocalName());
    }

    private static void collectHeadings(Element e, List<Element> out) {
        if (e.getLocalName().matches("h[1-6]")) {
            out.add(e);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collectHeadings(c, out);
            }
        }
    }

    private static void collectIds(Element e, Set<String> out) {
        if (e.hasAttribute("id")) {
            assertThat(out.add(e.getAttribute("id"))).as("unique id %s", e.getAttribute("id")).isTrue();
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collectIds(c, out);
            }
        }
    }

    @Test
    void svgIsStrippedOfScriptsHandlersAndOutsideLinks() {
        String svg = SafeSvg.of("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<style>@import url(http://evil.example/x.css);</style><g clip-path=\"url(#c1)\" onclick=\"x()\">"
                + "<image xlink:href=\"http://evil.example/i.png\"/><use xlink:href=\"#c1\"/></g></svg>", "Alt <b>");
        assertThat(svg).contains("role=\"img\"", "aria-label=\"Alt &lt;b&gt;\"", "clip-path=\"url(#c1)\"", "xlink:href=\"#c1\"")
                .doesNotContain("evil", "onclick", "@import");
        assertThat(SafeSvg.of("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>", "a")).isNull();
        assertThat(SafeSvg.of("not xml", "a")).isNull();
    }

    // ---------------------------------------------------------------- PDF

    @ParameterizedTest
    @MethodSource("samples")
    void pdfHasHeadingsInOrderBookmarksTitleLanguageAndEmbeddedFont(ReportDocument doc) throws Exception {
        byte[] bytes = write(doc, ReportFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);   // title, contents, body across a page break
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(doc.title());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(word(doc, "fi-FI", "sv-FI"));

            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf).replace(NBSP, " ");
            assertThat(all).contains(doc.title(), word(doc, "Sisällys", "Innehåll"), "23.11.2026", "1 234,5",
                    ReportSamples.HOSTILE, word(doc, "Taulukko 2.", "Tabell 2."));
            stripper.setStartPage(3);   // after the title page and the contents, which repeats the headings
            String body = stripper.getText(pdf);
            int at = 0;
            for (String h : headingTexts(doc)) {
                int found = body.indexOf(h, at);
                assertThat(found).as("heading '%s' after position %d", h, at).isGreaterThanOrEqualTo(0);
                at = found + h.length();
            }

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem top : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(top.getTitle());
            }
            List<String> texts = headingTexts(doc);
            assertThat(bookmarks).containsExactly(texts.get(0), texts.get(1), texts.get(4));

            if (Files.isRegularFile(PdfWriter.DEJAVU_DIR.toPath().resolve("DejaVuSans.ttf"))) {
                List<String> fonts = new ArrayList<>();
                for (var name : pdf.getPage(2).getResources().getFontNames()) {
                    PDFont font = pdf.getPage(2).getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
                assertThat(fonts).anySatisfy(n -> assertThat(n).contains("DejaVuSans"));
                assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for PDF/UA").isNotNull();
            }
        }
    }

    // ---------------------------------------------------------------- formats, languages

    @Test
    void formatsHaveExtensionsMimeTypesAndWriteTheirKindOfFile() throws IOException {
        assertThat(ReportFormat.of(".PDF")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.of("htm")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.DOCX.mimeType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> ReportFormat.of("odt")).hasMessageContaining("'odt'");
        ReportDocument en = new ReportDocument("deregulation", "en", "Digital maturity", null, ReportSamples.DATE,
                List.<Block>of(new Heading(1, "Summary"), new ReportDocument.Paragraph("Text."),
                        new Table("Barriers", List.of("Theme", "Count", "Share"), List.of(false, true, true),
                                List.of(List.of("Paper form", 1234L, new BigDecimal("1234.5"))), "barriers-by-theme")));
        assertThat(new String(write(en, ReportFormat.HTML), StandardCharsets.UTF_8))
                .contains("23 November 2026", "1,234.5", "Table 1. Barriers", "Source: analysis barriers-by-theme");
        assertThat(write(en, ReportFormat.PDF)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(write(en, ReportFormat.DOCX)).startsWith('P', 'K');
        assertThat(write(en, ReportFormat.XLSX)).startsWith('P', 'K');
        StringWriter w = new StringWriter();
        ReportDocument de = new ReportDocument("x", "de", "T", null, ReportSamples.DATE, List.of());
        assertThatThrownBy(() -> HtmlWriter.write(de, w)).hasMessageContaining("'de'");
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        assertThat(ReportLanguage.FI.formatNumber(new BigDecimal("-1234.50"))).isEqualTo("\u22121" + NBSP + "234,50");
        assertThat(ReportLanguage.SV.formatNumber(1234567L)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(ReportLanguage.EN.formatNumber(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(ReportLanguage.FI.formatDate(LocalDate.of(2026, 1, 5))).isEqualTo("5.1.2026");
        assertThat(ReportLanguage.EN.formatDate(LocalDate.of(2026, 1, 5))).isEqualTo("5 January 2026");
        assertThat(ReportLanguage.FI.sourceLine("kysely 2026, kysymys 4")).isEqualTo("Lähde: kysely 2026, kysymys 4");
    }
}
