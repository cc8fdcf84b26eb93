package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.vocab.LXM;

class IndicatorRulesTest {
    private static final IndicatorRules RULES = IndicatorRules.shipped();

    @Test
    void shippedRulesLoadWithTheirVersionAndWeights() {
        assertThat(RULES.version()).as("the rule version, stored with every finding").matches("\\d{4}\\.\\d+");
        assertThat(RULES.indicators()).hasSizeGreaterThan(25);
        Indicator wf = RULES.byCode("written-form").orElseThrow();
        assertThat(wf.polarity()).isEqualTo(Polarity.BARRIER);
        assertThat(wf.weight()).isEqualTo(0.25);
        assertThat(wf.barrierType()).contains(LXM.concept("barrier-type", "written-form"));
        assertThat(wf.dimension()).isEqualTo(LXM.concept("dimension", "digital-communication"));
        assertThat(wf.label()).containsKeys("fi", "sv", "en");
        assertThat(wf.suggestion().get("fi")).isEqualTo("kirjallisesti → kirjallisesti tai sähköisesti");
        assertThat(RULES.byCode("handwritten-signature").orElseThrow().weight()).isEqualTo(1.0);
        assertThat(RULES.byCode("personal-appearance").orElseThrow().weight()).isEqualTo(1.0);
        assertThat(RULES.byCode("original-document").orElseThrow().weight()).isEqualTo(0.75);
        assertThat(RULES.byCode("application-only").orElseThrow().weight()).isEqualTo(0.5);
        assertThat(RULES.byCode("discretion").orElseThrow().weight()).isEqualTo(0.5);
        Indicator exOfficio = RULES.byCode("ex-officio").orElseThrow();
        assertThat(exOfficio.polarity()).isEqualTo(Polarity.ENABLER);
        assertThat(exOfficio.barrierType()).isEmpty();
        assertThat(exOfficio.counters()).containsExactly(LXM.concept("barrier-type", "application-only"));
        assertThat(RULES.byCode("electronic-alternative").orElseThrow().polarity()).isEqualTo(Polarity.MITIGATOR);
        assertThat(RULES.byCode("no-such-thing")).isEmpty();
        assertThat(RULES.languages()).containsExactlyInAnyOrder("fi", "sv", "en");
        // barriers come first, then enablers, then mitigators
        assertThat(RULES.indicators()).extracting(Indicator::polarity).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void everyBarrierTypeOfTheSchemesHasAnIndicatorWithFinnishAndSwedishPatterns() {
        Graph schemes = parse("/ontology/schemes.ttl");
        List<Node> types = barrierTypes(schemes);
        assertThat(types).hasSizeGreaterThanOrEqualTo(17);
        List<String> missing = new ArrayList<>();
        for (Node type : types) {
            boolean covered = RULES.indicators().stream().anyMatch(i -> i.barrierType().filter(type::equals).isPresent()
                    && RULES.hasPattern(i, "fi") && RULES.hasPattern(i, "sv"));
            if (!covered) {
                missing.add(type.getURI());
            }
        }
        assertThat(missing).as("barrier types without an indicator that has fi and sv patterns").isEmpty();
    }

    @Test
    void indicatorsAgreeWithTheBarrierTypeScheme() {
        Graph schemes = parse("/ontology/schemes.ttl");
        List<Node> types = barrierTypes(schemes);
        for (Indicator i : RULES.indicators()) {
            i.barrierType().ifPresent(bt -> {
                assertThat(types).as(i.code() + " barrier type").contains(bt);
                Node dim = schemes.find(bt, LXM.dimension, Node.ANY).next().getObject();
                assertThat(i.dimension()).as(i.code() + " has the dimension of its barrier type").isEqualTo(dim);
            });
            assertThat(types).as(i.code() + " counters").containsAll(i.counters());
            assertThat(schemes.contains(i.dimension(), SKOS.inScheme.asNode(), NodeFactory.createURI(LXM.NS_SCHEMES + "dimension")))
                    .as(i.code() + " dimension " + i.dimension()).isTrue();
            assertThat(i.weight()).isBetween(0.0, 1.0);
            assertThat(RULES.hasPattern(i, "fi") && RULES.hasPattern(i, "sv") && RULES.hasPattern(i, "en")).as(i.code() + " fi, sv, en").isTrue();
            assertThat(i.label()).as(i.code()).containsKeys("fi", "sv", "en");
            if (i.polarity() == Polarity.BARRIER) {
                assertThat(i.suggestion()).as(i.code() + " suggestion").containsKeys("fi", "sv", "en");
            }
        }
    }

    @Test
    void anInvalidRegularExpressionNamesFileIndicatorAndLanguage() {
        Graph g = turtle(rule("broken", "barrier", "lxm:dimension dim:digital-communication ;",
                "lxm:pattern \"kirjallisesti\"@fi , \"skriftlig(en\"@sv ;"));
        assertThatThrownBy(() -> IndicatorRules.load(g, "my-rules.ttl"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("my-rules.ttl, indicator broken, pattern @sv: not a valid regular expression: Unclosed group");
    }

    @Test
    void anInvalidExclusionIsReportedToo() {
        Graph g = turtle(rule("broken", "barrier", "lxm:dimension dim:digital-communication ;",
                "lxm:pattern \"kirjallisesti\"@fi ; lxm:exclusion \"tai [sähköisesti\"@fi ;"));
        assertThatThrownBy(() -> IndicatorRules.load(g, "my-rules.ttl"))
                .hasMessageStartingWith("my-rules.ttl, indicator broken, exclusion @fi: not a valid regular expression");
    }

    @Test
    void aBadLemmaPatternOrOneWithoutRegularExpressionsNamesIndicatorAndLanguage() {
        Graph bad = turtle(rule("odd", "barrier", "lxm:dimension dim:digital-communication ;",
                "lxm:pattern \"paikalle\"@fi ; lxm:lemmaPattern \"paikka+illative\"@fi ;"));
        assertThatThrownBy(() -> IndicatorRules.load(bad, "r.ttl")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("r.ttl, indicator odd, lemma pattern @fi: \"paikka+illative\": ").hasMessageContaining("unknown case 'illative'");
        Graph alone = turtle(rule("alone", "barrier", "lxm:dimension dim:digital-communication ;",
                "lxm:pattern \"paikalle\"@fi ; lxm:lemmaPattern \"plats\"@sv ;"));
        assertThatThrownBy(() -> IndicatorRules.load(alone, "r.ttl"))
                .hasMessage("r.ttl, indicator alone, lemma pattern @sv: a lemma pattern needs an lxm:pattern in the same language");
    }

    @Test
    void aMissingDimensionOrAnUnknownPolarityIsRefused() {
        Graph noDim = turtle(rule("nodim", "barrier", "", "lxm:pattern \"kirjallisesti\"@fi ;"));
        assertThatThrownBy(() -> IndicatorRules.load(noDim, "r.ttl")).isInstanceOf(ImportException.class)
                .hasMessage("r.ttl, indicator nodim: no lxm:dimension");
        Graph badPol = turtle(rule("odd", "obstacle", "lxm:dimension dim:digital-communication ;", "lxm:pattern \"x\"@fi ;"));
        assertThatThrownBy(() -> IndicatorRules.load(badPol, "r.ttl"))
                .hasMessage("r.ttl, indicator odd: unknown lxm:polarity 'obstacle': expected barrier, enabler or mitigator");
        Graph noVersion = GraphFactory.createDefaultGraph();
        assertThatThrownBy(() -> IndicatorRules.load(noVersion, "r.ttl")).hasMessageContaining("no owl:versionInfo");
    }

    @Test
    void theRulesLoadFromTheOntologyGraphOfTheStore(@TempDir Path dir) {
        assertThat(Ontology.FILES).contains("indicators.ttl");
        try (Store store = Store.open(new StoreConfig(dir, StoreConfig.DEFAULT_BASE_IRI))) {
            assertThat(Ontology.install(store)).isTrue();
            Graph copy = GraphFactory.createDefaultGraph();
            store.read(dsg -> {
                dsg.getGraph(store.graphs().ontology()).find().forEach(copy::add);
                return null;
            });
            IndicatorRules fromStore = IndicatorRules.load(copy, "ontology graph");
            assertThat(fromStore.version()).isEqualTo(RULES.version());
            assertThat(fromStore.indicators()).isEqualTo(RULES.indicators());
            // and the barrier types are there too, from schemes.ttl
            assertThat(barrierTypes(copy)).hasSizeGreaterThanOrEqualTo(17);
        }
    }

    private static String rule(String code, String polarity, String dimension, String patterns) {
        return """
                PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dim: <https://w3id.org/lexmaturity/ns/dimension/>
                PREFIX bt: <https://w3id.org/lexmaturity/ns/barrier-type/>
                <https://w3id.org/lexmaturity/ns/indicator> a skos:ConceptScheme ; owl:versionInfo "test" .
                <https://w3id.org/lexmaturity/ns/indicator/%s> a lxm:Indicator , skos:Concept ;
                    skos:prefLabel "Testi"@fi ;
                    lxm:polarity "%s" ; %s lxm:barrierType bt:written-form ; lxm:weight 0.5 ;
                    %s
                    skos:inScheme <https://w3id.org/lexmaturity/ns/indicator> .
                """.formatted(code, polarity, dimension, patterns);
    }

    private static List<Node> barrierTypes(Graph g) {
        List<Node> types = new ArrayList<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(LXM.NS_SCHEMES + "barrier-type"))
                .forEach(t -> types.add(t.getSubject()));
        return types;
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    private static Graph parse(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = IndicatorRulesTest.class.getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }
}
