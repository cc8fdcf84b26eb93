package org.lexmaturity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.survey.Exports;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;

/** The register shapes: what RegisterRdf writes passes them, a broken graph does not, and a refused change writes nothing. */
class RegisterShapesTest {
    private static final ShapeValidator SHAPES = ShapeValidator.register();
    private static final String BASE = StoreConfig.DEFAULT_BASE_IRI;

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir.resolve("data"), BASE);
        Ontology.install(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> problems(Graph staged, Graph context) {
        Problems p = new Problems("test");
        SHAPES.check(staged, new org.apache.jena.graph.compose.MultiUnion(new Graph[] {context, Vocabulary.shipped().graph()}), p);
        return p.list().stream().map(Problems.Problem::toString).toList();
    }

    private Set<Quad> everything() {
        return store.read(dsg -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static Barrier barrier(String id, Map<String, String> title, Node status) {
        LocalDate day = LocalDate.of(2025, 3, 20);
        return new Barrier(id, title, Map.of("fi", "Kuvaus"), Optional.of(LXM.concept("theme", "cloud")),
                Optional.of(LXM.concept("barrier-type", "written-form")), List.of(NodeFactory.createURI(BASE + "id/act/fi/2016/9001")),
                Optional.of(3), List.of(LXM.concept("life-event", "moving")), Optional.of(NodeFactory.createURI("https://w3id.org/lexmaturity/ns/org/fi/vm")),
                Optional.of(LXM.concept("action", "amend")), status, List.of(new StatusEntry(day, status)), List.of());
    }

    private static Measure measure(String id, List<String> addresses, Node status) {
        return new Measure(id, Map.of("fi", "Toimenpide"), addresses, Optional.empty(), Optional.of(LocalDate.of(2026, 6, 30)), status,
                List.of(new StatusEntry(LocalDate.of(2025, 6, 1), status)), Optional.of(ActNumber.parseLocal("1234/2026")));
    }

    @Test
    void whatRegisterRdfWritesConformsAndBrokenEntriesAreRefusedByPath() {
        RegisterRdf rdf = new RegisterRdf(BASE);
        Graph g = GraphFactory.createDefaultGraph();
        rdf.write(barrier("B-1", Map.of("fi", "Este", "sv", "Hinder", "en", "Barrier"), LXM.concept("barrier-status", "identified")), g);
        rdf.write(measure("M-1", List.of("B-1"), LXM.concept("measure-status", "planned")), g, g);
        rdf.recordChange(g, rdf.barrier("B-1"), NodeFactory.createURI(BASE + "id/agent/tester"), "created", Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(problems(g, GraphFactory.createDefaultGraph())).isEmpty();

        Graph bad = GraphFactory.createDefaultGraph();
        // a title without a language, a measure status on a barrier, a measure of a barrier that is nowhere
        rdf.write(barrier("B-2", Map.of("", "Este"), LXM.concept("measure-status", "planned")), bad);
        rdf.write(measure("M-2", List.of("B-404"), LXM.concept("measure-status", "planned")), bad, bad);
        bad.add(rdf.measure("M-2"), LXM.targetDate, NodeFactory.createLiteralString("30.6.2026"));
        List<String> problems = problems(bad, g);
        String b2 = "resource <" + BASE + "id/barrier/B-2>: fails the SHACL shapes at ";
        String m2 = "resource <" + BASE + "id/measure/M-2>: fails the SHACL shapes at ";
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(b2 + "dcterms:title: a barrier needs a title with a language tag"))
                .anySatisfy(p -> assertThat(p).startsWith(b2 + "lxm:status: a barrier needs exactly one status"))
                .anySatisfy(p -> assertThat(p).startsWith(b2 + "lxm:statusChange/lxm:toStatus: every step of a barrier's history is a barrier status"))
                .anySatisfy(p -> assertThat(p).startsWith(m2 + "lxm:addresses: a measure addresses barriers of the register").contains("B-404"))
                .anySatisfy(p -> assertThat(p).startsWith(m2 + "lxm:targetDate: a measure has at most one target date, an xsd:date"));
        // B-1 lives in the register (the context), so a new measure may address it
        Graph fine = GraphFactory.createDefaultGraph();
        rdf.write(measure("M-3", List.of("B-1"), LXM.concept("measure-status", "planned")), fine, g);
        assertThat(problems(fine, g)).isEmpty();
        assertThat(problems(fine, GraphFactory.createDefaultGraph())).singleElement().asString().contains("lxm:addresses");
    }

    @Test
    void aRegisterFileWhoseTriplesBreakTheShapesIsRefusedAndNothingIsWritten() {
        DemoData.loadStatutes(store, s -> { });
        RegisterImport importer = new RegisterImport(store, RegisterImportTest.CLOCK);
        Path good = new Exports().sheet("Barriers", List.of("id", "title_fi", "barrier_type", "provisions"), List.of(
                List.of("B-001", "Kirjallinen muoto", "written-form", "9001/2016 3 §"))).xlsx(dir.resolve("good.xlsx"));
        assertThat(importer.importFile(good, "tester").barriers()).isEqualTo(1);
        Set<Quad> before = everything();

        // "title_" passes the entry checks (a title is there) but writes a title without a language tag
        Path bad = new Exports().sheet("Barriers", List.of("id", "title_", "barrier_type"), List.of(
                List.of("B-001", "Kirjallinen muoto", "written-form"),
                List.of("B-002", "Henkilökohtainen käynti", "personal-appearance"))).xlsx(dir.resolve("bad.xlsx"));
        assertThatThrownBy(() -> importer.importFile(bad, "tester")).isInstanceOf(ImportException.class)
                .hasMessageContaining("bad.xlsx")
                .hasMessageContaining("2 problems, nothing imported")
                .hasMessageContaining("resource <" + BASE + "id/barrier/B-001>: fails the SHACL shapes at dcterms:title")
                .hasMessageContaining("resource <" + BASE + "id/barrier/B-002>: fails the SHACL shapes at dcterms:title");
        // the earlier B-001 (removed inside the aborted transaction) is still there, and no B-002
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void anEditThroughTheRegisterThatBreaksTheShapesIsRefused() {
        BarrierRegister register = new BarrierRegister(store, RegisterImportTest.CLOCK);
        RawEntry ok = new RawEntry("B-100", "form", Map.of("fi", "Este"), Map.of(), Map.of("barrier_type", "written-form"), Map.of());
        register.createBarrier(ok, "tester");
        Set<Quad> before = everything();
        RawEntry untagged = new RawEntry("B-100", "form", Map.of("", "Este"), Map.of(), Map.of("barrier_type", "written-form"), Map.of());
        assertThatThrownBy(() -> register.updateBarrier("B-100", untagged, "tester")).isInstanceOf(Problems.Failed.class)
                .hasMessageContaining("barrier B-100")
                .hasMessageContaining("resource <" + BASE + "id/barrier/B-100>: fails the SHACL shapes at dcterms:title");
        assertThatThrownBy(() -> register.createBarrier(new RawEntry("B-101", "form", Map.of("", "Este"), Map.of(), Map.of(), Map.of()), "tester"))
                .isInstanceOf(Problems.Failed.class).hasMessageContaining("id/barrier/B-101>: fails the SHACL shapes at dcterms:title");
        assertThat(everything()).isEqualTo(before);
        assertThat(register.barrier("B-100").orElseThrow().barrier().title()).containsEntry("fi", "Este");
    }

    @Test
    void theDemoDataImportsAndTheWholeStoredRegisterConforms() {
        DemoData.loadIntoEmpty(store, s -> { });
        Graph stored = store.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(store.graphs().register()).find().forEach(g::add);
            return g;
        });
        assertThat(stored.find(Node.ANY, RDF.type.asNode(), LXM.Barrier).toList()).hasSizeGreaterThan(10);
        assertThat(stored.find(Node.ANY, RDF.type.asNode(), LXM.Measure).toList()).isNotEmpty();
        assertThat(problems(stored, GraphFactory.createDefaultGraph())).isEmpty();
        // a later import checks only its own resources against the shapes, with the stored register beside them
        String ttl = "PREFIX lxm: <https://w3id.org/lexmaturity/ns#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "<https://example.org/b> a lxm:Barrier ; dcterms:identifier \"B-900\" ; dcterms:title \"Este\"@fi .\n";
        assertThat(new RegisterImport(store, RegisterImportTest.CLOCK).importBytes("b.ttl", ttl.getBytes(StandardCharsets.UTF_8), "tester")
                .barriers()).isEqualTo(1);
    }
}
