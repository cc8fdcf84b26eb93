package org.lexmaturity.report;

import org.lexmaturity.survey.Quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexmaturity.auth.Role;
import org.lexmaturity.TestStores;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** The reports built from the demo data, written in every format and reopened as a reader's software would. */
class ReportBuilderTest {
    @TempDir
    static Path dir;
    static Store store;
    static AnalysisRunner analyses;
    static ReportBuilder builder;

    @BeforeAll
    static void demo() {
        store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { });
        analyses = new AnalysisRunner(store, AnalysisCatalogue.load());
        builder = new ReportBuilder(store, analyses, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ReportDocument deregulation(String lang, Role audience) {
        return builder.build(new ReportRequest("deregulation", lang, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), audience));
    }

    static byte[] render(ReportDocument doc, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriters.write(doc, format, out);
        return out.toByteArray();
    }

    static List<String> level1(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof ReportDocument.Heading h && h.level() == 1).map(b -> ((ReportDocument.Heading) b).text()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void theDeregulationReportOpensInEveryFormatWithTheSameSectionsAndNumbers(String lang) throws Exception {
        ReportDocument doc = deregulation(lang, Role.ANALYST);
        List<String> chapters = level1(doc);
        assertThat(chapters).hasSize(6);
        AnalysisResult byTheme = analyses.run("barriers-by-theme", Map.of(), lang);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(doc, ReportFormat.DOCX)))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : docx.getParagraphs()) {
                if ("Heading1".equals(p.getStyleID()) || "Heading1".equals(p.getStyle())) {
                    headings.add(p.getText());
                }
            }
            assertThat(headings).containsExactlyElementsOf(chapters);
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph p : docx.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    pictures.addAll(r.getEmbeddedPictures());
                }
            }
            assertThat(pictures).hasSizeGreaterThanOrEqualTo(5).allSatisfy(pic -> assertThat(pic.getDescription()).isNotBlank());
            // the table of barriers by theme holds the analysis's numbers, row by row
            XWPFTable theme = docx.getTables().stream().filter(t -> t.getRows().size() == byTheme.rows().size() + 1
                    && t.getRow(1).getCell(0).getText().equals(byTheme.rows().get(0).get(byTheme.column("theme")))).findFirst().orElseThrow();
            for (int i = 0; i < byTheme.rows().size(); i++) {
                assertThat(theme.getRow(i + 1).getCell(theme.getRow(i + 1).getTableCells().size() - 1).getText())
                        .isEqualTo(String.valueOf(byTheme.rows().get(i).get(byTheme.column("barriers"))));
            }
        }

        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(render(doc, ReportFormat.XLSX)))) {
            Sheet sheet = null;
            for (Sheet s : xlsx) {
                for (Row row : s) {
                    if (row.getCell(0) != null && row.getCell(0).toString().equals(byTheme.rows().get(0).get(byTheme.column("theme")))) {
                        sheet = s;
                    }
                }
            }
            assertThat(sheet).as("a sheet with the barriers by theme").isNotNull();
            double sum = 0;
            for (Row row : sheet) {
                if (row.getLastCellNum() >= 2 && row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    sum += row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(sum).isEqualTo(56);
            assertThat(xlsx.getSheetAt(0).getSheetName()).isEqualTo(switch (lang) { case "sv" -> "Sammanfattning"; case "en" -> "Summary"; default -> "Yhteenveto"; });
        }

        try (PDDocument pdf = Loader.loadPDF(render(doc, ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // after the contents page, the chapters follow in the same order as in the DOCX
            int at = text.lastIndexOf(chapters.get(0));
            for (String chapter : chapters.subList(1, chapters.size())) {
                int next = text.indexOf(chapter, at + 1);
                assertThat(next).as(chapter + " after the chapter before it").isGreaterThan(at);
                at = next;
            }
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith(lang);
        }

        String html = new String(render(doc, ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains(" lang=\"" + lang + "\"");
        chapters.forEach(c -> assertThat(html).contains(c.replace("&", "&amp;")));
    }

    @Test
    void analystsGetAnonymousQuotesReadersTheAggregatesAndThePublicNoPrivateData() {
        ReportDocument analyst = deregulation("fi", Role.ANALYST);
        List<ReportDocument.Quote> quotes = analyst.blocks().stream().filter(b -> b instanceof ReportDocument.Quote).map(b -> (ReportDocument.Quote) b).toList();
        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.text()).doesNotContainPattern("[\\w.]+@[\\w.]+").doesNotContainPattern("\\d{3} ?\\d{4,}");
            assertThat(q.attribution()).isIn("kunta", "virasto tai laitos", "hyvinvointialue", "ministeriö", "muu", "kunta ", "Kunta", "Virasto tai laitos",
                    "Hyvinvointialue", "Ministeriö", "Muu", "Maakunnan liitto tai muu alueellinen toimija");
            assertThat(q.text().length()).isLessThanOrEqualTo(Quotes.MAX_LENGTH + 2);
        });
        ReportDocument reader = deregulation("fi", Role.READER);
        assertThat(reader.blocks()).noneMatch(b -> b instanceof ReportDocument.Quote);
        assertThat(reader.blocks()).noneMatch(b -> b instanceof ReportDocument.Paragraph p && p.text().contains("luottamukselliseen aineistoon"));
        ReportDocument open = deregulation("fi", Role.ANONYMOUS);
        assertThat(open.blocks()).noneMatch(b -> b instanceof ReportDocument.Quote);
        assertThat(open.blocks()).anyMatch(b -> b instanceof ReportDocument.Paragraph p && p.text().contains("vain kirjautuneille lukijoille"));
    }

    @Test
    void theOtherReportTypesBuildFromTheirDefinitions() throws Exception {
        ReportDocument profile = builder.build(new ReportRequest("act-profile", "sv", Optional.of(ActNumber.parseLocal("9002/2017")), Optional.empty(),
                Optional.empty(), Optional.empty(), Role.ANALYST));
        assertThat(profile.title()).isEqualTo("Mognadsprofil: 9002/2017");
        assertThat(profile.blocks()).anyMatch(b -> b instanceof ReportDocument.Figure f && f.chartType().equals("radar"));
        ReportDocument survey = builder.build(new ReportRequest("survey-results", "en", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Role.ANONYMOUS));
        assertThat(survey.blocks().stream().filter(b -> b instanceof ReportDocument.Heading h && h.level() == 2).count()).isEqualTo(20);
        ReportDocument followUp = builder.build(new ReportRequest("follow-up", "fi", Optional.empty(), Optional.of(java.time.LocalDate.of(2025, 1, 1)),
                Optional.of(java.time.LocalDate.of(2025, 12, 31)), Optional.empty(), Role.ANONYMOUS));
        assertThat(followUp.subtitle()).contains("2025-01-01").contains("2025-12-31");
        ReportDocument draft = builder.build(new ReportRequest("draft-screening", "fi", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new ReportRequest.Draft("luonnos.docx", org.lexmaturity.screening.DraftScreeningTest.draftDocx())), Role.ANONYMOUS));
        assertThat(draft.blocks()).anyMatch(b -> b instanceof ReportDocument.Table t && t.rows().stream().anyMatch(r -> r.toString().contains("omakätisesti")));
        for (ReportDocument d : List.of(profile, survey, followUp, draft)) {
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(d, ReportFormat.DOCX)))) {
                assertThat(docx.getParagraphs()).isNotEmpty();
            }
        }
    }

    @Test
    void theCommandWritesTheFileAndRefusesWhatItCannotDo() throws Exception {
        Path data = dir.resolve("cli");
        try (Store s = TestStores.open(data, StoreConfig.DEFAULT_BASE_IRI)) {
            Ontology.install(s);
            DemoData.loadIntoEmpty(s, x -> { });
        }
        Path out = dir.resolve("profile.pdf");
        Cli.Result r = Cli.run(data, "report", "act-profile", "--act", "2017/9002", "--lang", "en", "--format", "pdf", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
        assertThat(Cli.run(data, "report", "nonsense", "--lang", "fi", "--format", "pdf", "--out", out.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run(data, "report", "deregulation", "--lang", "de", "--format", "pdf", "--out", out.toString()).exitCode()).isEqualTo(2);
        Cli.Result noAct = Cli.run(data, "report", "act-profile", "--lang", "fi", "--format", "docx", "--out", dir.resolve("x.docx").toString());
        assertThat(noAct.exitCode()).isEqualTo(1);
        assertThat(noAct.err()).contains("needs --act");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }
}
