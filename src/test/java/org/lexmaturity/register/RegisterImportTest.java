package org.lexmaturity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;
import org.lexmaturity.survey.Exports;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.vocab.LXM;

/** Barrier registers from XLSX, CSV and Turtle into TDB2 over the demo statutes, checked before anything is written. */
class RegisterImportTest {
    static final List<Object> BARRIER_HEADER = List.of("id", "title_fi", "title_sv", "title_en", "description_fi", "theme", "barrier_type",
            "provisions", "severity", "life_events", "ministry", "action", "status", "status_history", "supported_by");
    static final List<Object> MEASURE_HEADER = List.of("id", "title_fi", "addresses", "owner", "target_date", "status", "status_history", "amending_act");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void demoStatutesAndASurvey() throws Exception {
        store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
        DemoData.loadStatutes(store, s -> { });
        Path survey = new Exports().sheet("Vastaukset", List.of("Vastaaja", "Organisaatio", "K01 Mitkä säännökset estävät?"), List.of(
                List.of("R1", "Espoo", "Lain 9001/2016 3 § vaatii kirjallisen muodon"),
                List.of("R2", "Vantaa", ""))).xlsx(dir.resolve("survey.xlsx"));
        new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importFile(survey, java.util.Optional.empty());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static List<Object> barrier(String id, String provisions, String history, String supportedBy) {
        return List.of(id, "Kirjallinen muoto " + id, "Skriftlig form " + id, "Written form " + id, "Kuvaus", "", "written-form",
                provisions, 3, "death-and-inheritance; moving", "VM", "amend", "", history, supportedBy);
    }

    private Path register(String name, List<List<Object>> barriers, List<List<Object>> measures) {
        return new Exports().sheet("Barriers", BARRIER_HEADER, barriers).sheet("Measures", MEASURE_HEADER, measures).xlsx(dir.resolve(name));
    }

    private RegisterImport.Result importFile(Path file) {
        return new RegisterImport(store, CLOCK).importFile(file, "tester");
    }

    @Test
    void barriersAndMeasuresImportWithEveryReferenceResolved() {
        Path file = register("register.xlsx", List.of(
                        barrier("B-001", "9001/2016 3 §", "2025-03-20 identified; 2025-05-02 assessed", "survey/R1/k01"),
                        barrier("B-002", "9001/2016 2 luku 5 § 2 mom.; 9001/2016", "", "")),
                List.of(List.of("M-01", "Sähköinen asiointi", "B-001; B-002", "VM", "2026-06-30", "completed",
                        "2025-06-01 planned; 2026-01-15 in-progress; 2026-05-30 completed", "1234/2026")));
        RegisterImport.Result r = importFile(file);
        assertThat(r).isEqualTo(new RegisterImport.Result(2, 1, 0));

        BarrierRegister register = new BarrierRegister(store, CLOCK);
        Barrier b1 = register.barrier("B-001").orElseThrow().barrier();
        assertThat(b1.provisions()).containsExactly(NodeFactory.createURI("http://localhost:8080/id/act/fi/2016/9001/luku/2/pykala/3"));
        assertThat(b1.theme()).contains(LXM.concept("theme", "maturity-assessment")); // from the barrier type
        assertThat(b1.status()).isEqualTo(LXM.concept("barrier-status", "assessed"));
        assertThat(b1.history()).extracting(StatusEntry::date).extracting(Object::toString).containsExactly("2025-03-20", "2025-05-02");
        assertThat(b1.supportedBy()).singleElement().satisfies(a -> {
            assertThat(a.getURI()).startsWith("http://localhost:8080/id/survey/survey/response/").endsWith("/k01");
            byte[] key = store.read(dsg -> org.lexmaturity.survey.SurveyKey.find(dsg, store.graphs()).orElseThrow());
            assertThat(a).isEqualTo(new SurveyRdf("http://localhost:8080/", 5, key).answer("survey", "R1", "k01"));
            assertThat(a).isNotEqualTo(new SurveyRdf("http://localhost:8080/", 5, new byte[32]).answer("survey", "R1", "k01"));
        });
        assertThat(b1.lifeEvents()).containsExactlyInAnyOrder(LXM.concept("life-event", "death-and-inheritance"), LXM.concept("life-event", "moving"));
        Barrier b2 = register.barrier("B-002").orElseThrow().barrier();
        assertThat(b2.provisions()).extracting(Object::toString).containsExactlyInAnyOrder(
                "http://localhost:8080/id/act/fi/2016/9001/luku/2/pykala/5/momentti/2", "http://localhost:8080/id/act/fi/2016/9001");
        assertThat(b2.status()).isEqualTo(LXM.concept("barrier-status", "identified"));
        assertThat(b2.history()).extracting(StatusEntry::date).extracting(Object::toString).containsExactly("2026-11-23");

        var m = register.measure("M-01").orElseThrow();
        assertThat(m.measure().addresses()).containsExactly("B-001", "B-002");
        assertThat(m.measure().amendingAct()).map(Object::toString).contains("1234/2026");
        assertThat(register.barrier("B-001").orElseThrow().measures()).containsExactly("M-01");
        assertThat(m.changes()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("tester");
            assertThat(c.fields()).isEqualTo("imported from register.xlsx");
        });
        assertThat(StoreStats.of(store)).satisfies(s -> {
            assertThat(s.barriers()).isEqualTo(2);
            assertThat(s.measures()).isEqualTo(1);
        });

        // the same file again replaces, never doubles
        assertThat(importFile(file).replaced()).isEqualTo(3);
        assertThat(StoreStats.of(store).barriers()).isEqualTo(2);
        assertThat(register.barrier("B-001").orElseThrow().changes()).hasSize(2);
    }

    @Test
    void everyBadReferenceIsReportedWithRowAndFieldAndNothingIsWritten() {
        Path file = register("bad.xlsx", List.of(
                        barrier("B-001", "9001/2016 3 §", "", ""),
                        barrier("B-002", "9999/2016 3 §", "", ""),
                        barrier("B-003", "9001/2016 99 §", "", ""),
                        barrier("B-004", "9001/2016 3 §", "2025-05-02 assessed; 2025-03-20 identified", "survey/R2/k01"),
                        barrier("B-001", "", "", "")),
                List.of(List.of("M-01", "Toimenpide", "B-001; B-404", "XYZ", "30.6.2026", "done", "", "")));
        long triples = StoreStats.of(store).triples();
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class).hasMessageContaining("bad.xlsx")
                .hasMessageContaining("sheet Barriers, row 3 (B-002): field provisions: '9999/2016 3 §': act 9999/2016 is not in the store")
                .hasMessageContaining("sheet Barriers, row 4 (B-003): field provisions: '9001/2016 99 §': act 9001/2016 has no section 99")
                .hasMessageContaining("sheet Barriers, row 5 (B-004): field status_history: 2025-03-20 comes before the step above it")
                .hasMessageContaining("sheet Barriers, row 5 (B-004): field supported_by: no survey answer 'survey/R2/k01'")
                .hasMessageContaining("sheet Barriers, row 6 (B-001): field id: barrier B-001 appears twice in the file")
                .hasMessageContaining("sheet Measures, row 2 (M-01): field addresses: no barrier 'B-404'")
                .hasMessageContaining("sheet Measures, row 2 (M-01): field owner: unknown ministry 'XYZ'")
                .hasMessageContaining("sheet Measures, row 2 (M-01): field target_date: '30.6.2026' is not a date like 2026-06-30")
                .hasMessageContaining("sheet Measures, row 2 (M-01): field status: unknown measure status 'done'");
        assertThat(StoreStats.of(store).triples()).isEqualTo(triples);
        assertThat(StoreStats.of(store).barriers()).isZero();
    }

    @Test
    void aCsvOfBarriersAndTurtleImportToo() throws Exception {
        Path csv = new Exports().sheet("x", BARRIER_HEADER, List.of(barrier("B-010", "9001/2016 3 §", "", ""))).csv(dir.resolve("b.csv"), ';',
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(importFile(csv).barriers()).isEqualTo(1);
        Path ttl = Files.writeString(dir.resolve("b.ttl"), """
                PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX bt: <https://w3id.org/lexmaturity/ns/barrier-type/>
                <https://example.org/register/b11> a lxm:Barrier ; dcterms:identifier "B-011" ;
                    dcterms:title "Henkilökohtainen käynti"@fi , "Personal appearance"@en ;
                    lxm:barrierType bt:personal-appearance ; lxm:severity 4 ;
                    lxm:concernsProvision <http://localhost:8080/id/act/fi/2016/9001/luku/2/pykala/3> ;
                    lxm:status <https://w3id.org/lexmaturity/ns/barrier-status/proposed> .
                """);
        assertThat(importFile(ttl).barriers()).isEqualTo(1);
        Barrier b = new BarrierRegister(store, CLOCK).barrier("B-011").orElseThrow().barrier();
        assertThat(b.title()).containsEntry("en", "Personal appearance");
        assertThat(b.theme()).contains(LXM.concept("theme", "maturity-assessment"));
        assertThat(b.status()).isEqualTo(LXM.concept("barrier-status", "proposed"));
        assertThat(b.severity()).contains(4);
    }

    @Test
    void turtleWithAnUnknownProvisionIsRefused() throws Exception {
        Path ttl = Files.writeString(dir.resolve("bad.ttl"), """
                PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <https://example.org/register/b12> a lxm:Barrier ; dcterms:identifier "B-012" ; dcterms:title "X"@fi ;
                    lxm:concernsProvision <http://localhost:8080/id/act/fi/2016/9001/luku/9/pykala/99> .
                """);
        assertThatThrownBy(() -> importFile(ttl)).hasMessageContaining("bad.ttl")
                .hasMessageContaining("resource <https://example.org/register/b12>: field provisions: http://localhost:8080/id/act/fi/2016/9001/luku/9/pykala/99 is not an act or provision in the store");
        assertThat(StoreStats.of(store).barriers()).isZero();
    }
}
