package org.lexmaturity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/** The publisher's own Linked Data, Semantic Finlex JSON-LD, read and merged with the statute book's files. */
class SemanticFinlexTest extends StatuteStoreTest {

    static StatuteSource semanticFinlex(String file) throws IOException {
        return TestSources.semanticFinlex(file);
    }

    @Test
    void readsAConsolidatedVersionWithItsPartsChaptersSectionsAndItems() throws Exception {
        ActExpression e = StatuteFormats.read(semanticFinlex("1998-121.jsonld")).get(0);
        assertThat(e.number()).isEqualTo(ActNumber.parseYearFirst("1998/121"));
        assertThat(e.title()).isEqualTo("Asetus liiketoimintakieltorekisteristä");
        assertThat(e.actType()).isEqualTo("decree");
        assertThat(e.version().path()).isEqualTo("ajantasa/20070101");
        assertThat(e.version().date()).hasValueSatisfying(d -> assertThat(d).hasToString("2007-01-01"));
        assertThat(e.expressionIri()).hasValue("http://data.finlex.fi/eli/sd/1998/121/ajantasa/20070101/fin");
        // 2 § 2 mom.: its introduction and its two items, in order, make the subsection's text
        String second = e.divisions().get(1).children().get(1).text();
        assertThat(second).startsWith("Ilmoituksessa on mainittava:\n1) ratkaisun antanut tuomioistuin").contains("\n2) liiketoimintakiellosta");
    }

    @Test
    void theStatuteBookFileAndTheConsolidatedVersionAreOneActWithBothVersionsInEitherOrder() throws Exception {
        StatuteSource sf = semanticFinlex("2006-624.jsonld");
        StatuteSource fi = BothLanguagesTest.corpusFile("fi", 2006, 624);
        StatuteSource sv = BothLanguagesTest.corpusFile("sv", 2006, 624);
        for (List<StatuteSource> order : List.of(List.of(fi, sv, sf), List.of(sf, fi, sv))) {
            ImportReport report = StatuteImport.create(store, l -> { }).importSources(order);
            assertThat(report.refused()).isEmpty();
            ActDetail act = act("2006/624");
            assertThat(act.versions()).extracting(StatuteCatalog.Version::iri).contains(
                    "http://data.finlex.fi/eli/sd/2006/624/alkup/fin", "http://data.finlex.fi/eli/sd/2006/624/alkup/swe",
                    "http://data.finlex.fi/eli/sd/2006/624/ajantasa/20170621/fin");
            // the provisions carry the newest Finnish text, the consolidated one; the original's sit beside it
            Node section = NodeFactory.createURI("http://data.finlex.fi/eli/sd/2006/624/luku/1/pykala/1/momentti/2");
            String current = all(act.parts()).stream().filter(p -> p.iri().equals(section.getURI())).findFirst().orElseThrow().text("fi");
            assertThat(current).contains("(14.12.2012/756)");
            List<String> original = store.read(dsg -> dsg.stream(Node.ANY, NodeFactory.createURI(section.getURI() + "/alkup"), LXM.text, Node.ANY)
                    .map(q -> q.getObject().getLiteralLexicalForm()).toList());
            assertThat(original).singleElement().satisfies(t -> assertThat(t).doesNotContain("2012/756"));
            boolean member = store.read(dsg -> dsg.contains(Node.ANY, NodeFactory.createURI("http://data.finlex.fi/eli/sd/2006/624"),
                    ELI.has_member, NodeFactory.createURI("http://data.finlex.fi/eli/sd/2006/624/ajantasa/20170621")));
            assertThat(member).isTrue();
        }
    }

    @Test
    void aFileThatIsNoActIsRefusedNamingTheFileAndChangesNothing() {
        String noAct = "{\"@context\": {\"sfl\": \"http://data.finlex.fi/schema/sfl/\"}, \"@id\": \"http://data.finlex.fi/eli/sd/2006/624\","
                + " \"@type\": \"sfl:Keyword\"}";
        assertThatThrownBy(() -> StatuteFormats.read(new StatuteSource("not-an-act.jsonld", noAct.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageContaining("not-an-act.jsonld").hasMessageContaining("sfl:StatuteVersion");
    }

    @Test
    void aVersionWhoseDateContradictsTheStoreIsRefusedAndTheStoreIsUnchanged() throws Exception {
        StatuteSource right = semanticFinlex("1998-121.jsonld");
        StatuteImport.create(store, l -> { }).importSources(List.of(right));
        long triples = store.read(dsg -> dsg.stream().count());
        String json = new String(right.content(), StandardCharsets.UTF_8).replace("\"versionDate\":\"2007-01-01\"", "\"versionDate\":\"2008-01-01\"");
        assertThat(json).isNotEqualTo(new String(right.content(), StandardCharsets.UTF_8));
        ImportReport report = StatuteImport.create(store, l -> { }).importSources(List.of(new StatuteSource("1998-121-muutettu.jsonld",
                json.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.refused()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("1998-121-muutettu.jsonld");
            assertThat(r.place()).contains("http://data.finlex.fi/eli/sd/1998/121/ajantasa/20070101");
            assertThat(r.problem()).contains("as of 2007-01-01").contains("as of 2008-01-01");
        });
        long after = store.read(dsg -> dsg.stream().count());
        assertThat(after).isEqualTo(triples);
    }

    @Test
    void aVersionWhoseActContradictsItsNumberIsRefused() throws Exception {
        String json = new String(semanticFinlex("1998-121.jsonld").content(), StandardCharsets.UTF_8).replace("\"121/1998\"", "\"122/1998\"");
        assertThatThrownBy(() -> StatuteFormats.read(new StatuteSource("1998-121.jsonld", json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageContaining("does not agree with its number 122/1998");
    }
}
