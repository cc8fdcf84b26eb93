package org.lexmaturity.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.kernel.TableReader;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.DISCO;
import org.lexmaturity.vocab.QB;
import org.lexmaturity.vocab.Vocabulary;

/** The survey shapes: what SurveyRdf writes passes them, a broken graph does not, and a refused import writes nothing. */
class SurveyShapesTest {
    private static final ShapeValidator SHAPES = ShapeValidator.surveys();

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SurveyData small(SurveyMapping mapping) {
        Path file = SmallSurvey.workbook().xlsx(dir.resolve("kysely.xlsx"));
        return SurveyImport.check(TableReader.read(file), mapping);
    }

    private static SurveyMapping mapping() {
        return MappingFile.read("kysely.yaml", new java.io.StringReader(SmallSurvey.MAPPING));
    }

    /** The small survey as SurveyRdf writes it, private and public triples in one graph. */
    private Graph written() {
        Graph g = GraphFactory.createDefaultGraph();
        SurveyRdf rdf = new SurveyRdf(StoreConfig.DEFAULT_BASE_IRI, SurveyRdf.DEFAULT_THRESHOLD, new byte[32]);
        rdf.writePrivate(small(mapping()), g);
        rdf.writePublic(small(mapping()), g);
        return g;
    }

    private static List<String> problems(Graph g) {
        Problems p = new Problems("test");
        SHAPES.check(g, Vocabulary.shipped().graph(), p);
        return p.list().stream().map(Problems.Problem::toString).toList();
    }

    private Set<Quad> everything() {
        return store.read(dsg -> { Set<Quad> all = new java.util.HashSet<>(); dsg.find().forEachRemaining(all::add); return all; });
    }

    @Test
    void whatSurveyRdfWritesConformsAndEveryKindOfResourceIsChecked() {
        Graph g = written();
        assertThat(problems(g)).isEmpty();
        // the shapes do look at every kind of resource: each one stripped of a required property is refused
        Map<Node, String> required = Map.of(
                LXM.Survey, "lxm:respondentCount", LXM.Response, "dcterms:isPartOf", LXM.Answer, "lxm:question",
                DISCO.Question, "skos:notation", QB.Observation, "qb:dataSet");
        for (var e : Map.of(LXM.Survey, LXM.respondentCount, LXM.Response, NodeFactory.createURI("http://purl.org/dc/terms/isPartOf"),
                LXM.Answer, LXM.question, DISCO.Question, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"),
                QB.Observation, QB.dataSet).entrySet()) {
            Graph broken = written();
            Node one = broken.find(Node.ANY, RDF.type.asNode(), e.getKey()).next().getSubject();
            broken.remove(one, e.getValue(), Node.ANY);
            assertThat(problems(broken)).as("%s without %s", e.getKey(), e.getValue())
                    .anySatisfy(p -> assertThat(p).startsWith("resource <" + one.getURI() + ">").contains("at " + required.get(e.getKey())));
        }
    }

    @Test
    void aBrokenGraphIsRefusedNamingTheResourceAndThePath() {
        Graph g = written();
        Node answer = g.find(Node.ANY, RDF.type.asNode(), LXM.Answer).next().getSubject();
        g.remove(answer, LXM.answerValue, Node.ANY);
        g.remove(answer, LXM.freeText, Node.ANY);
        Node counted = g.find(Node.ANY, LXM.respondentCount, Node.ANY).filterKeep(t -> g.contains(t.getSubject(), RDF.type.asNode(),
                QB.Observation)).next().getSubject();
        g.remove(counted, LXM.respondentCount, Node.ANY);
        g.add(counted, LXM.respondentCount, NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger));
        Node respondent = g.find(Node.ANY, RDF.type.asNode(), LXM.Respondent).next().getSubject();
        g.remove(respondent, LXM.organisationType, Node.ANY);
        g.add(respondent, LXM.organisationType, LXM.concept("theme", "cloud"));
        Node question = g.find(Node.ANY, RDF.type.asNode(), DISCO.Question).next().getSubject();
        g.add(question, DISCO.questionText, NodeFactory.createLiteralString("no language tag"));

        List<String> problems = problems(g);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("resource <" + answer.getURI() + ">")
                .contains("an answer needs a value (lxm:answerValue) or a text (lxm:freeText)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("resource <" + counted.getURI() + ">")
                .contains("at lxm:respondentCount: a count is one integer ≥ 0").contains("-1"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("resource <" + respondent.getURI() + ">")
                .contains("at lxm:organisationType").contains("organisation-type scheme").contains("theme/cloud"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("resource <" + question.getURI() + ">")
                .contains("at disco:questionText").contains("language tag"));
        assertThat(problems).hasSize(4);
    }

    @Test
    void aCountedAndSuppressedObservationAndALikertQuestionWithoutScaleAreRefused() {
        Graph g = written();
        Node suppressed = g.find(Node.ANY, LXM.suppressed, Node.ANY).next().getSubject();
        g.add(suppressed, LXM.respondentCount, NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger));
        Node likert = g.find(Node.ANY, LXM.answerKind, NodeFactory.createLiteralString("likert")).next().getSubject();
        g.remove(likert, LXM.scaleMax, Node.ANY);
        assertThat(problems(g)).anySatisfy(p -> assertThat(p).startsWith("resource <" + suppressed.getURI() + ">").contains("never both"))
                .anySatisfy(p -> assertThat(p).startsWith("resource <" + likert.getURI() + ">").contains("needs lxm:scaleMin and lxm:scaleMax"));
    }

    @Test
    void aSurveyWhoseTriplesBreakTheShapesIsRefusedAndTheEarlierImportStays() throws Exception {
        SurveyImport importer = new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD);
        SurveyImport.Result first = importer.importData(small(mapping()));
        assertThat(first.responses()).isEqualTo(14);
        assertThat(first.citationsResolved() + first.citationsUnresolved()).as("citations are validated too").isPositive();
        Set<Quad> before = everything();

        // a title without a language (a mapping built by a program, not read from YAML) passes the reader, not the shapes
        SurveyMapping m = mapping();
        SurveyMapping untagged = new SurveyMapping(m.surveyId(), Map.of("", "Pieni kysely"), m.issued(), m.sheets(), m.respondent(), m.questions());
        assertThatThrownBy(() -> importer.importData(small(untagged))).isInstanceOf(ImportException.class)
                .hasMessageContaining("kysely.xlsx")
                .hasMessageContaining("1 problem, nothing imported")
                .hasMessageContaining("resource <http://localhost:8080/id/survey/pieni-kysely>")
                .hasMessageContaining("at dcterms:title: a survey title carries a language tag");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void theDemoSurveyImportsAndAllTheStoredSurveyTriplesConform() throws Exception {
        Path file = Path.of("surveys/demo-survey.xlsx");
        Path mappingFile = Path.of("surveys/demo-survey.yaml");
        assertThat(Files.exists(file)).isTrue();
        SurveyImport.Result r = new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importFile(file, Optional.of(mappingFile));
        assertThat(r.responses()).isGreaterThan(100);
        Graph stored = store.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            for (Node name : List.of(store.graphs().surveysPrivate(), store.graphs().surveysPublic())) {
                dsg.getGraph(name).find().forEach(g::add);
            }
            return g;
        });
        assertThat(stored.find(Node.ANY, RDF.type.asNode(), QB.Observation).toList()).hasSizeGreaterThan(100);
        assertThat(problems(new MultiUnion(new Graph[] {stored}))).isEmpty();
        Set<Node> kinds = stored.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
        assertThat(kinds).contains(LXM.Survey, DISCO.Question, LXM.Response, LXM.Respondent, LXM.Answer, QB.DataSet);
    }
}
