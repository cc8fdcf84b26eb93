package org.lexmaturity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.survey.MappingFile;
import org.lexmaturity.survey.SurveyData;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyMapping;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Checks the committed demo files in {@code surveys/}: the export imports with its mapping, the register refers only
 * to existing demo provisions and survey answers, and the generator still produces exactly these files.
 */
class DemoDataGeneratorTest {
    static final Path DIR = Path.of("surveys");
    static final Path SURVEY = DIR.resolve("demo-survey.xlsx");
    static final Path MAPPING = DIR.resolve("demo-survey.yaml");
    static final Path REGISTER = DIR.resolve("demo-register.xlsx");
    static final Vocabulary VOCAB = Vocabulary.shipped();

    static SurveyData data;
    static DemoDataGenerator demo;

    @BeforeAll
    static void read() throws IOException {
        data = SurveyImport.check(TableReader.read(SURVEY), MappingFile.read(MAPPING));
        demo = new DemoDataGenerator();
        demo.loadStatutes();
    }

    @Test
    void surveyImportsWithItsMapping() {
        Spreadsheet table = TableReader.read(SURVEY);
        Map<String, Integer> rows = new LinkedHashMap<>();
        table.sheets().forEach(s -> rows.put(s.name(), s.rows().size()));
        assertThat(rows.keySet()).containsExactly("Ohjeet", "Vastaukset", "Svar");
        assertThat(rows.get("Vastaukset")).isEqualTo(100);
        assertThat(rows.get("Svar")).isEqualTo(20);

        SurveyMapping mapping = data.mapping();
        assertThat(mapping.surveyId()).isEqualTo(DemoDataGenerator.SURVEY_ID);
        assertThat(mapping.issued()).contains(LocalDate.of(2025, 3, 14));
        assertThat(mapping.questions()).hasSize(25);
        Map<SurveyMapping.Kind, Long> kinds = new TreeMap<>();
        mapping.questions().forEach(q -> kinds.merge(q.kind(), 1L, Long::sum));
        assertThat(kinds).containsEntry(SurveyMapping.Kind.LIKERT, 17L).containsEntry(SurveyMapping.Kind.CHOICE, 2L)
                .containsEntry(SurveyMapping.Kind.MULTI, 1L).containsEntry(SurveyMapping.Kind.TEXT, 5L);
        Map<String, Long> perTheme = new TreeMap<>();
        mapping.questions().forEach(q -> perTheme.merge(q.theme().orElseThrow(), 1L, Long::sum));
        assertThat(perTheme).hasSize(5).allSatisfy((theme, n) -> assertThat(n).isEqualTo(5L));
        assertThat(mapping.questions().stream().filter(q -> q.kind() != SurveyMapping.Kind.TEXT).flatMap(q -> q.options().stream())
                .map(SurveyMapping.Option::code)).contains("yes", "no", "planned", "saas", "none");

        assertThat(data.responses()).hasSize(120);
        Set<String> ids = new HashSet<>();
        data.responses().forEach(r -> ids.add(r.respondentId()));
        for (int i = 1; i <= 120; i++) {
            assertThat(ids).contains(String.format("R%03d", i));
        }
    }

    @Test
    void organisationTypesAndContacts() {
        Map<String, Integer> types = new TreeMap<>();
        for (SurveyData.Response r : data.responses()) {
            assertThat(r.type()).as(r.place()).isPresent();
            types.merge(Vocabulary.code(r.type().get()), 1, Integer::sum);
            assertThat(r.contacts()).as(r.place()).hasSize(2);
            assertThat(r.contacts().get(1)).matches("[a-z.-]+@example\\.(fi|org)");
        }
        assertThat(types).containsEntry("ministry", 12).containsKeys("agency", "municipality", "wellbeing-county", "other");
        assertThat(types.get("agency")).isBetween(30, 40);
        assertThat(types.get("municipality")).isBetween(35, 50);
        assertThat(types.get("wellbeing-county")).isBetween(20, 22);
        assertThat(types.get("other")).as("small enough to be suppressed").isBetween(3, 4);
        long ministriesWithBranch = data.responses().stream()
                .filter(r -> Vocabulary.code(r.type().get()).equals("ministry") && r.branch().isPresent()).count();
        assertThat(ministriesWithBranch).isEqualTo(12);
    }

    @Test
    void answersLookRealistic() {
        int cells = 0;
        int blank = 0;
        int texts = 0;
        int phones = 0;
        Set<String> withText = new HashSet<>();
        int likertQuestions = (int) data.mapping().questions().stream().filter(q -> q.kind() == SurveyMapping.Kind.LIKERT).count();
        for (SurveyData.Response r : data.responses()) {
            for (SurveyMapping.Question q : data.mapping().questions()) {
                if (q.kind() == SurveyMapping.Kind.LIKERT) {
                    cells++;
                    if (!r.answers().containsKey(q.id())) {
                        blank++;
                    }
                }
                SurveyData.Answer a = r.answers().get(q.id());
                if (a != null && a.text().isPresent()) {
                    texts++;
                    withText.add(r.respondentId());
                    if (a.text().get().matches("(?s).*\\b0\\d{2} \\d{3} \\d{4}\\b.*")) {
                        phones++;
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(120 * likertQuestions);
        assertThat((double) blank / cells).isBetween(0.05, 0.11);
        assertThat(withText.size()).isBetween(40, 65);
        assertThat(texts).isGreaterThan(withText.size());
        assertThat(phones).as("answers with a phone number (private data)").isBetween(2, 3);
    }

    @Test
    void barriersReferToPlantedProvisionsAndRealAnswers() throws IOException {
        List<Map<String, String>> rows = rows(REGISTER, "Barriers");
        assertThat(rows).hasSizeBetween(50, 65);
        assertThat(rows.get(0).keySet()).containsExactly(DemoDataGenerator.BARRIER_COLUMNS);
        Map<String, String> plantedKind = new HashMap<>(); // act|sectionEId → kinds
        demo.planted.forEach(p -> plantedKind.merge(p.act() + "|" + p.sec().sectionEId(), p.kind(), (a, b) -> a + " " + b));
        Map<String, SurveyData.Response> responses = new HashMap<>();
        data.responses().forEach(r -> responses.put(r.respondentId(), r));
        Set<String> ids = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Pattern provision = Pattern.compile("(\\d+/\\d{4}) (?:(\\w+) luku )?(\\d+)(?: ([a-z]))? §(?: (\\d+) mom\\.)?");
        int links = 0;
        for (Map<String, String> b : rows) {
            String id = b.get("id");
            assertThat(id).matches("B-\\d{3}");
            assertThat(ids.add(id)).as("unique " + id).isTrue();
            for (String lang : List.of("fi", "sv", "en")) {
                assertThat(b.get("title_" + lang)).as(id).isNotBlank();
                assertThat(b.get("description_" + lang)).as(id).isNotBlank();
            }
            Node type = VOCAB.find("barrier-type", b.get("barrier_type")).orElseThrow(() -> new AssertionError(id + " type"));
            assertThat(Vocabulary.code(VOCAB.property(type, LXM.theme).orElseThrow())).as(id + " theme").isEqualTo(b.get("theme"));
            assertThat(Integer.parseInt(b.get("severity"))).isBetween(1, 5);
            assertThat(VOCAB.find("ministry", b.get("ministry"))).as(id).isPresent();
            assertThat(VOCAB.find("action", b.get("action"))).as(id).isPresent();
            for (String le : split(b.get("life_events"))) {
                assertThat(VOCAB.find("life-event", le)).as(id + " " + le).isPresent();
            }
            List<String> sections = new ArrayList<>();
            for (String p : split(b.get("provisions"))) {
                Matcher m = provision.matcher(p);
                assertThat(m.matches()).as(id + " provision '" + p + "'").isTrue();
                DemoDataGenerator.Act act = demo.acts.get(m.group(1));
                assertThat(act).as(id + " act of " + p).isNotNull();
                String sec = "sec_" + m.group(3) + (m.group(4) == null ? "" : m.group(4));
                String eId = act.eIds.stream().filter(e -> e.endsWith(sec) && (m.group(2) == null || e.equals("chp_" + m.group(2) + "__" + sec)))
                        .findFirst().orElseThrow(() -> new AssertionError(id + ": no section for " + p));
                if (m.group(5) != null) {
                    assertThat(act.eIds).as(id + " " + p).contains(eId + "__subsec_" + m.group(5));
                }
                String kinds = plantedKind.get(act.id + "|" + eId);
                assertThat(kinds).as(id + ": nothing planted at " + p).isNotNull();
                String kind = DemoDataGenerator.BARRIER_TYPE.entrySet().stream().filter(e -> e.getValue().equals(b.get("barrier_type")))
                        .findFirst().orElseThrow().getKey();
                assertThat(kinds.split(" ")).as(id + " " + p).contains(kind);
                sections.add(m.group(3) + (m.group(4) == null ? "" : " " + m.group(4)) + " §");
            }
            String status = b.get("status");
            statuses.add(status);
            assertThat(VOCAB.find("barrier-status", status)).as(id).isPresent();
            history(id, b.get("status_history"), status, "barrier-status");
            for (String ref : split(b.get("supported_by"))) {
                links++;
                String[] parts = ref.split("/");
                assertThat(parts).as(ref).hasSize(3);
                assertThat(parts[0]).isEqualTo(DemoDataGenerator.SURVEY_ID);
                SurveyData.Response r = responses.get(parts[1]);
                assertThat(r).as(id + " " + ref).isNotNull();
                SurveyData.Answer a = r.answers().get(parts[2]);
                assertThat(a).as(id + " " + ref).isNotNull();
                assertThat(a.text()).as(id + " " + ref).isPresent();
                assertThat(sections).as(id + " " + ref + ": " + a.raw()).anyMatch(s -> a.raw().contains(s));
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder("identified", "assessed", "proposed", "in-drafting", "enacted", "resolved", "rejected");
        assertThat(links).isGreaterThan(20);
    }

    @Test
    void measuresFollowBarriers() throws IOException {
        Set<String> barriers = new HashSet<>();
        rows(REGISTER, "Barriers").forEach(b -> barriers.add(b.get("id")));
        List<Map<String, String>> rows = rows(REGISTER, "Measures");
        assertThat(rows).hasSizeBetween(15, 25);
        assertThat(rows.get(0).keySet()).containsExactly(DemoDataGenerator.MEASURE_COLUMNS);
        Set<String> ids = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (Map<String, String> m : rows) {
            String id = m.get("id");
            assertThat(id).matches("M-\\d{2}");
            assertThat(ids.add(id)).isTrue();
            assertThat(split(m.get("addresses"))).isNotEmpty().allSatisfy(b -> assertThat(barriers).contains(b));
            assertThat(VOCAB.find("ministry", m.get("owner"))).as(id).isPresent();
            LocalDate target = LocalDate.parse(m.get("target_date"));
            assertThat(target).isBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2027, 6, 30));
            String status = m.get("status");
            statuses.add(status);
            assertThat(VOCAB.find("measure-status", status)).as(id).isPresent();
            history(id, m.get("status_history"), status, "measure-status");
            if (target.isBefore(DemoDataGenerator.AS_OF) && !status.equals("completed")) {
                assertThat(status).as(id + " past its target").isIn("delayed", "cancelled");
            }
            if (status.equals("delayed")) {
                assertThat(target).as(id).isBefore(DemoDataGenerator.AS_OF);
            }
            if (status.equals("completed")) {
                assertThat(m.get("amending_act")).as(id).matches("\\d+/20\\d\\d");
            } else {
                assertThat(m.get("amending_act")).as(id).isEmpty();
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder("planned", "in-progress", "delayed", "completed", "cancelled");
    }

    @Test
    void generatorReproducesTheCommittedFiles(@TempDir Path tmp) throws IOException {
        DemoDataGenerator g = new DemoDataGenerator();
        g.generate();
        g.write(tmp);
        assertThat(Files.readString(tmp.resolve("demo-survey.yaml"))).isEqualTo(Files.readString(MAPPING));
        for (String file : List.of("demo-survey.xlsx", "demo-register.xlsx")) {
            assertThat(cells(tmp.resolve(file))).as(file + " (regenerate with DemoDataGenerator)").isEqualTo(cells(DIR.resolve(file)));
        }
    }

    private static void history(String id, String history, String status, String scheme) {
        LocalDate previous = LocalDate.MIN;
        String last = null;
        for (String step : split(history)) {
            String[] p = step.split(" ");
            assertThat(p).as(id + " '" + step + "'").hasSize(2);
            LocalDate d = LocalDate.parse(p[0]);
            assertThat(d).as(id + " " + history).isAfter(previous).isBeforeOrEqualTo(DemoDataGenerator.AS_OF);
            assertThat(VOCAB.find(scheme, p[1])).as(id + " " + step).isPresent();
            previous = d;
            last = p[1];
        }
        assertThat(last).as(id + " history ends with the status").isEqualTo(status);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split("; "));
    }

    /** Each data row as column header → cell text (empty for blank cells). */
    private static List<Map<String, String>> rows(Path file, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    m.put(f.formatCellValue(header.getCell(c)), row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(m);
            }
            return rows;
        }
    }

    /** Every sheet's cells as text, for comparing two workbooks by content (the zip bytes carry timestamps). */
    private static Map<String, List<List<String>>> cells(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter f = new DataFormatter();
            Map<String, List<List<String>>> all = new LinkedHashMap<>();
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(c.getAddress() + "=" + f.formatCellValue(c)));
                    rows.add(cells);
                }
                all.put(sheet.getSheetName(), rows);
            }
            return all;
        }
    }
}
