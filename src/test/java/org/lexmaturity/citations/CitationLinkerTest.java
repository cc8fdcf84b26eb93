package org.lexmaturity.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;
import org.lexmaturity.survey.Exports;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.vocab.LXM;

/** Citations in survey answers linked to the real acts 13/2003 and 906/2019 from Finlex, imported into TDB2. */
class CitationLinkerTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void realActs() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        StatuteImport.create(store, s -> { }).importPaths(List.of(
                TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml"), TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml"),
                TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml"), TestData.path("legislation/finlex-xml/asd-sv-2019-0906.xml")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    record Found(String text, boolean resolved, Optional<String> act, Optional<String> provision, Optional<String> number) {}

    private List<Found> citationsOf(String answer) {
        Path file = new Exports().sheet("Vastaukset", List.of("Vastaaja", "K01 Mikä säännös estää?"), List.of(List.of("R1", answer)))
                .xlsx(dir.resolve("kysely.xlsx"));
        new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importFile(file, Optional.empty());
        return store.read(dsg -> {
            Graph g = dsg.getGraph(store.graphs().surveysPrivate());
            List<Found> found = new ArrayList<>();
            for (Triple t : g.find(Node.ANY, RDF.type.asNode(), LXM.Citation).toList()) {
                Node c = t.getSubject();
                found.add(new Found(literal(g, c, LXM.citationText).orElseThrow(), literal(g, c, LXM.resolved).orElseThrow().equals("true"),
                        iri(g, c, LXM.citedAct), iri(g, c, LXM.citedProvision), literal(g, c, LXM.citedActNumber)));
            }
            found.sort(java.util.Comparator.comparing(f -> answer.indexOf(f.text())));
            return found;
        });
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
    }

    private static Optional<String> iri(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().getURI());
    }

    @Test
    void citationsOfActsInTheStoreResolveToTheSectionAndOthersAreKeptUnresolved() {
        List<Found> found = citationsOf("Laki sähköisestä asioinnista viranomaistoiminnassa (13/2003) 9 § ei riitä, koska "
                + "hallintolain 16 § ja tiedonhallintalain 20 § sekä kalastuslain 88 § vaativat muuta. Ks. myös 906/2019.");
        assertThat(found).extracting(Found::text).containsExactly(
                "Laki sähköisestä asioinnista viranomaistoiminnassa (13/2003) 9 §", "hallintolain 16 §", "tiedonhallintalain 20 §",
                "kalastuslain 88 §", "906/2019");
        assertThat(found.get(0)).satisfies(f -> {
            assertThat(f.resolved()).isTrue();
            assertThat(f.act()).contains("http://data.finlex.fi/eli/sd/2003/13");
            assertThat(f.provision()).hasValueSatisfying(p -> assertThat(p).startsWith("http://data.finlex.fi/eli/sd/2003/13/").endsWith("/pykala/9"));
        });
        // hallintolaki is known by name (434/2003) but not in this store
        assertThat(found.get(1)).isEqualTo(new Found("hallintolain 16 §", false, Optional.empty(), Optional.empty(), Optional.of("434/2003")));
        assertThat(found.get(2).resolved()).isTrue();
        assertThat(found.get(2).provision()).hasValueSatisfying(p -> assertThat(p).endsWith("/pykala/20"));
        assertThat(found.get(3)).isEqualTo(new Found("kalastuslain 88 §", false, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(found.get(4)).isEqualTo(new Found("906/2019", true, Optional.of("http://data.finlex.fi/eli/sd/2019/906"), Optional.empty(),
                Optional.of("906/2019")));
        StoreStats stats = StoreStats.of(store);
        assertThat(Map.of("resolved", stats.citationsResolved(), "unresolved", stats.citationsUnresolved()))
                .isEqualTo(Map.of("resolved", 3L, "unresolved", 2L));
    }

    @Test
    void swedishAnswersCiteByTheSwedishTitleOfAnActInTheStore() {
        List<Found> found = citationsOf("Enligt 9 § lagen om elektronisk kommunikation i myndigheternas verksamhet krävs inget mer.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.resolved()).isTrue();
            assertThat(f.provision()).hasValueSatisfying(p -> assertThat(p).endsWith("/pykala/9"));
        });
    }
}
