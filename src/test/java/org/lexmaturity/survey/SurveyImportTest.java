package org.lexmaturity.survey;

import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.survey.SurveyCatalog.QuestionView;
import org.lexmaturity.vocab.LXM;

/** Survey exports through the real command line into TDB2, and what ends up in which graph. */
class SurveyImportTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path smallWorkbook() {
        return SmallSurvey.workbook().xlsx(dir.resolve("kysely.xlsx"));
    }

    private Path mapping() throws Exception {
        return Files.writeString(dir.resolve("kysely.yaml"), SmallSurvey.MAPPING);
    }

    private String stats() {
        Cli.Result r = Cli.run(data(), "stats");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void aTwoLanguageWorkbookImportsWithItsMappingAndReimportReplaces() throws Exception {
        Cli.Result r = Cli.run(data(), "import", "survey", smallWorkbook().toString(), "--mapping", mapping().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // 14 respondents; 3 blank cells (R003 K04, R004 K04, …) are no answers
        assertThat(r.out()).contains("Imported survey pieni-kysely: 14 responses");
        String first = stats();
        assertThat(first).contains("\"surveys\" : 1").contains("\"responses\" : 14");
        int answers = count(first, "answers");
        assertThat(answers).isEqualTo(14 * 4 - blankCells());

        Cli.Result again = Cli.run(data(), "import", "survey", smallWorkbook().toString(), "--mapping", mapping().toString());
        assertThat(again.out()).contains("replaced the earlier import");
        assertThat(stats()).isEqualTo(first);
    }

    /** Cells left blank in {@link SmallSurvey}: R003/R004/R007/R008/R009/R011/R013/R014 K04, R008 K02. */
    private static int blankCells() {
        return 9;
    }

    private static int count(String json, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\" : (\\d+)").matcher(json);
        assertThat(m.find()).as(key + " in " + json).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void likertLabelsNumbersAndMessyCellsAllBecomeScaleValues() throws Exception {
        Spreadsheet table = TableReader.read(smallWorkbook());
        SurveyData d = SurveyImport.check(table, MappingFile.read(mapping()));
        assertThat(d.responses()).hasSize(14);
        assertThat(value(d, "R001", "k01")).isEqualTo("5");  // Täysin samaa mieltä
        assertThat(value(d, "R002", "k01")).isEqualTo("4");  // "4 "
        assertThat(value(d, "R002", "k02")).isEqualTo("5");  // "5 - Täysin samaa mieltä"
        assertThat(value(d, "R004", "k01")).isEqualTo("2");  // Jokseenkin eri mieltä
        assertThat(value(d, "R007", "k02")).isEqualTo("4");  // numeric cell 4.0
        assertThat(value(d, "R012", "k02")).isEqualTo("4");  // Delvis av samma åsikt
        assertThat(answer(d, "R004", "k02").dontKnow()).isTrue();  // En osaa sanoa
        assertThat(answer(d, "R013", "k02").dontKnow()).isTrue();  // Vet inte
        assertThat(answer(d, "R012", "k03").options()).containsExactly("yes");  // Ja
        assertThat(d.responses().stream().filter(r -> r.respondentId().equals("R004")).findFirst().orElseThrow().type())
                .contains(LXM.concept("organisation-type", "municipality"));  // " Kunta "
        assertThat(d.responses().stream().filter(r -> r.respondentId().equals("R008")).findFirst().orElseThrow().branch())
                .contains(NodeFactory.createURI("https://w3id.org/lexmaturity/ns/org/fi/vm"));  // Valtiovarainministeriö
    }

    private static SurveyData.Answer answer(SurveyData d, String respondent, String question) {
        return d.responses().stream().filter(r -> r.respondentId().equals(respondent)).findFirst().orElseThrow().answers().get(question);
    }

    private static String value(SurveyData d, String respondent, String question) {
        return answer(d, respondent, question).number().orElseThrow().toPlainString();
    }

    @Test
    void theMappingIsInferredFromTheHeadersAndShownByADryRunThatWritesNothing() throws Exception {
        String before = stats();
        Cli.Result r = Cli.run(data(), "import", "survey", smallWorkbook().toString(), "--dry-run");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("survey: kysely")
                .contains("sheets:\n- Vastaukset\n- Svar")  // Ohjeet has no id column
                .contains("- Vastaaja\n  - Svarande")
                .contains("- Sähköposti").contains("- E-post")
                .contains("id: k01").contains("kind: likert").contains("scale: 1-5").contains("theme: automation")
                .contains("id: k03").contains("kind: choice")
                .contains("id: k04").contains("kind: text")
                .contains("14 responses").contains("nothing written");
        assertThat(stats()).isEqualTo(before);
    }

    @Test
    void aDryRunListsTheProblemsWithTheirCells() throws Exception {
        Path file = new Exports().sheet("Vastaukset", SmallSurvey.FI_HEADER, List.of(
                List.of("R1", "Espoo", "Kunta", "", "", "", 7, 3, "Kyllä", ""),
                List.of("R2", "Vantaa", "Kuntayhtymä", "", "", "", 2, "paljon", "Kyllä", ""))).xlsx(dir.resolve("huono.xlsx"));
        Cli.Result r = Cli.run(data(), "import", "survey", file.toString(), "--mapping", mapping().toString(), "--dry-run");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains("huono.xlsx")
                .contains("4 problems, nothing imported")
                .contains("sheet Svar: named in the mapping but not in the workbook")
                .contains("sheet Vastaukset, row 2, column G (K01 Lainsäädäntö estää automaattisen pä…): '7' is outside the scale 1–5")
                .contains("sheet Vastaukset, row 3, column C (Organisaation tyyppi): unknown organisation type 'Kuntayhtymä'")
                .contains("sheet Vastaukset, row 3, column H (K02 Tietojen luovuttaminen toiselle vir…): 'paljon' is not a value of the scale 1–5");
    }

    @Test
    void csvInUtf8WithSemicolonsAndInWindows1252WithCommasReadTheSame() throws Exception {
        Exports e = SmallSurvey.workbook();
        Exports fiOnly = new Exports().sheet("x", SmallSurvey.FI_HEADER, rowsOf(e));
        Path utf8 = fiOnly.csv(dir.resolve("utf8.csv"), ';', StandardCharsets.UTF_8);
        Path ansi = fiOnly.csv(dir.resolve("ansi.csv"), ',', Charset.forName("windows-1252"));
        Spreadsheet a = TableReader.read(utf8);
        Spreadsheet b = TableReader.read(ansi);
        assertThat(a.sheets().get(0).header()).isEqualTo(b.sheets().get(0).header()).contains("Yhteyshenkilö", "Sähköposti");
        assertThat(a.sheets().get(0).rows()).hasSize(11);
        for (int i = 0; i < 11; i++) {
            assertThat(b.sheets().get(0).rows().get(i).cells()).isEqualTo(a.sheets().get(0).rows().get(i).cells());
        }
        assertThat(a.sheets().get(0).rows().get(0).cell(6)).isEqualTo("Täysin samaa mieltä");
        SurveyData d = SurveyImport.check(b, MappingInference.infer(b));
        assertThat(d.responses()).hasSize(11);
    }

    private static List<List<Object>> rowsOf(Exports e) {
        // the Finnish sheet of the small survey, rebuilt (Exports keeps no reader)
        Spreadsheet t = TableReader.read("x.xlsx", e.xlsxBytes());
        List<List<Object>> rows = new ArrayList<>();
        for (Spreadsheet.Row r : t.sheets().get(1).rows()) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < SmallSurvey.FI_HEADER.size(); c++) {
                cells.add(r.cell(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void publicGraphsHoldNoFreeTextNoNameNoEmailAndSmallGroupsAreSuppressed() throws Exception {
        Path file = smallWorkbook();
        assertThat(Cli.run(data(), "import", "survey", file.toString(), "--mapping", mapping().toString()).exitCode()).isZero();
        try (Store store = TestStores.open(data(), StoreConfig.DEFAULT_BASE_IRI)) {
            List<String> publicLiterals = new ArrayList<>();
            List<String> privateLiterals = new ArrayList<>();
            store.read(dsg -> {
                for (Node g : store.graphs().publicGraphs()) {
                    dsg.getGraph(g).find().forEach((Triple t) -> collect(t, publicLiterals));
                }
                dsg.getGraph(store.graphs().surveysPrivate()).find().forEach((Triple t) -> collect(t, privateLiterals));
                return null;
            });
            // the private graph has them — so the test would see them if they leaked
            assertThat(String.join("\n", privateLiterals)).contains(SmallSurvey.SECRET_PERSON, SmallSurvey.SECRET_EMAIL,
                    SmallSurvey.SECRET_TEXT, "Espoon kaupunki", "R001", "kysely.xlsx");
            String published = String.join("\n", publicLiterals);
            for (String secret : List.of(SmallSurvey.SECRET_PERSON, SmallSurvey.SECRET_EMAIL, SmallSurvey.SECRET_TEXT, "040 1234567",
                    "example.fi", "example.org", "Espoon kaupunki", "Närpes stad", "Kansaneläkelaitos", "Hallintolain 16 §", "R001", "R013",
                    "kysely.xlsx")) {
                assertThat(published).as("public graphs must not contain '" + secret + "'").doesNotContain(secret);
            }
            // no public triple points into a response or respondent resource
            store.read(dsg -> {
                for (Node g : store.graphs().publicGraphs()) {
                    assertThat(dsg.getGraph(g).find(Node.ANY, RDF.type.asNode(), LXM.Answer).toList()).isEmpty();
                    assertThat(dsg.getGraph(g).find(Node.ANY, RDF.type.asNode(), LXM.Respondent).toList()).isEmpty();
                }
                return null;
            });

            List<QuestionView> questions = new SurveyCatalog(store).questions("pieni-kysely").orElseThrow();
            QuestionView k01 = questions.get(0);
            assertThat(k01.text()).containsEntry("sv", "Lagstiftningen hindrar automatiserat beslutsfattande");
            // municipalities (6) and agencies (5) are published; wellbeing counties (2) and the ministry (1) are not
            assertThat(k01.distribution()).containsOnlyKeys("all", "municipality", "agency");
            assertThat(k01.suppressed()).containsExactlyInAnyOrder("wellbeing-county", "ministry");
            assertThat(k01.distribution().get("all").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
            assertThat(k01.distribution().get("municipality")).containsEntry("5", 3L).containsEntry("4", 1L).containsEntry("3", 1L).containsEntry("2", 1L);
            // k02: R008 left it blank, so only 4 agencies answered — suppressed as well
            QuestionView k02 = questions.get(1);
            assertThat(k02.suppressed()).contains("agency");
            // the free-text question publishes only how many answered
            QuestionView k04 = questions.get(3);
            assertThat(k04.distribution().get("all")).containsOnlyKeys("answered").containsEntry("answered", 6L);
        }
    }

    private static void collect(Triple t, List<String> out) {
        for (Node n : List.of(t.getSubject(), t.getObject())) {
            if (n.isLiteral()) {
                out.add(n.getLiteralLexicalForm());
            } else if (n.isURI()) {
                out.add(n.getURI());
            }
        }
    }

    @Test
    void whenOnlyOneOrganisationTypeIsSmallTheNextSmallestIsSuppressedToo() {
        SurveyRdf rdf = new SurveyRdf("http://example.org/", 5, new byte[32]);
        assertThat(rdf.suppressed(new java.util.TreeMap<>(java.util.Map.of("all", 30, "municipality", 20, "agency", 7, "ministry", 3))))
                .containsExactlyInAnyOrder("ministry", "agency");
        assertThat(rdf.suppressed(new java.util.TreeMap<>(java.util.Map.of("all", 30, "municipality", 20, "agency", 10))))
                .isEmpty();
        assertThat(rdf.suppressed(new java.util.TreeMap<>(java.util.Map.of("all", 4, "municipality", 4))))
                .containsExactlyInAnyOrder("all", "municipality");
        // one respondent of unknown type: "all" minus the types would give their answer away
        assertThat(rdf.suppressed(new java.util.TreeMap<>(java.util.Map.of("all", 31, "municipality", 20, "agency", 10, "unspecified", 1))))
                .containsExactlyInAnyOrder("unspecified", "agency");
    }

    @Test
    void plainYamlScalarsStayTextSoYesIsAnOptionCodeAndDatesParse() {
        SurveyMapping m = MappingFile.read("m.yaml", new java.io.StringReader("""
                survey: s1
                issued: 2025-03-14
                respondent: {id: Vastaaja}
                questions:
                  - {id: k1, kind: choice, options: [{code: yes, labels: {fi: Kyllä}}, {code: no, labels: {fi: Ei}}]}
                """));
        assertThat(m.issued()).map(Object::toString).contains("2025-03-14");
        assertThat(m.questions().get(0).options()).extracting(SurveyMapping.Option::code).containsExactly("yes", "no");
    }

    @Test
    void likertCellsThatAreNotPlainlyOneScaleValueAreProblems() {
        SurveyMapping.Question q = new SurveyMapping.Question("k1", List.of("K1"), java.util.Map.of(), SurveyMapping.Kind.LIKERT, 1, 5,
                List.of(), java.util.Optional.empty());
        org.lexmaturity.kernel.Problems problems = new org.lexmaturity.kernel.Problems("x");
        SurveyReader reader = new SurveyReader();
        assertThat(reader.answer(q, "4 - Jokseenkin samaa mieltä", "A2", problems)).isPresent();
        assertThat(reader.answer(q, "Jokseenkin samaa mieltä (4)", "A3", problems)).isPresent();
        assertThat(problems.isEmpty()).isTrue();
        for (String bad : List.of("2.5", "1.5.2025", "4 - Täysin eri mieltä", "3,7", "neljä")) {
            assertThat(reader.answer(q, bad, "B1", problems)).as(bad).isEmpty();
        }
        assertThat(problems.total()).isEqualTo(5);
    }
}
