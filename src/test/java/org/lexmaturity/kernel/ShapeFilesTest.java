package org.lexmaturity.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;

/**
 * The survey and register shapes name only terms that exist: every class and property from a published
 * vocabulary is defined in that vocabulary as published (the real files in shared/testdata/vocabularies), every
 * lxm: term in ontology/lexmaturity.ttl, every scheme in ontology/schemes.ttl. A typo in a path would otherwise
 * make its shape check nothing.
 */
class ShapeFilesTest {
    private static final List<String> FILES = List.of("concept-shapes.ttl", "survey-shapes.ttl", "register-shapes.ttl");
    /** Namespaces whose terms the shapes use without checking them: SHACL itself, RDF, XSD and the shapes' own. */
    private static final List<String> NOT_CHECKED = List.of("http://www.w3.org/ns/shacl#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/2000/01/rdf-schema#", "https://w3id.org/lexmaturity/ns/shapes#");

    private static Graph shipped(String... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : files) {
            RDFDataMgr.read(g, ShapeFilesTest.class.getResource("/ontology/" + f).toString());
        }
        return g;
    }

    @Test
    void everyTermTheShapesNameIsDefinedInItsVocabulary() throws Exception {
        Graph defined = shipped("lexmaturity.ttl", "schemes.ttl");
        try (Stream<Path> files = Files.list(TestData.path("vocabularies"))) {
            files.forEach(f -> RDFDataMgr.read(defined, f.toString()));
        }
        Graph shapes = shipped(FILES.toArray(String[]::new));
        Set<String> terms = new TreeSet<>();
        shapes.find().forEach((Triple t) -> {
            for (Node n : List.of(t.getPredicate(), t.getObject())) {
                if (n.isURI() && NOT_CHECKED.stream().noneMatch(n.getURI()::startsWith)) {
                    terms.add(n.getURI());
                }
            }
        });
        assertThat(terms).as("terms named by the shapes").contains("http://rdf-vocabulary.ddialliance.org/discovery#questionText",
                "http://purl.org/linked-data/cube#dataSet", "http://www.w3.org/ns/prov#wasAttributedTo", "https://w3id.org/lexmaturity/ns#answerValue",
                "http://data.europa.eu/eli/ontology#id_local");
        List<String> undefined = terms.stream().filter(iri -> !defined.contains(org.apache.jena.graph.NodeFactory.createURI(iri), Node.ANY, Node.ANY))
                .toList();
        assertThat(undefined).as("named by the shapes but defined nowhere").isEmpty();
    }

    @Test
    void everySchemeTheConceptShapesRequireIsAShippedConceptScheme() {
        Graph schemes = shipped("schemes.ttl");
        Graph shapes = shipped("concept-shapes.ttl");
        List<Node> required = shapes.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#hasValue"), Node.ANY)
                .mapWith(Triple::getObject).toList();
        assertThat(required).hasSize(7);
        for (Node scheme : required) {
            assertThat(schemes.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode())).as(scheme.getURI()).isTrue();
            assertThat(schemes.contains(Node.ANY, SKOS.inScheme.asNode(), scheme)).as("concepts of " + scheme.getURI()).isTrue();
        }
    }

    @Test
    void theShapesParseAndEachFileIsPartOfTheOntologyGraph() {
        assertThat(org.lexmaturity.store.Ontology.FILES).containsAll(FILES);
        ShapeValidator.surveys();
        ShapeValidator.register();
        assertThat(org.apache.jena.shacl.Shapes.parse(shipped("survey-shapes.ttl", "concept-shapes.ttl")).getTargetShapes()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(org.apache.jena.shacl.Shapes.parse(shipped("register-shapes.ttl", "concept-shapes.ttl")).getTargetShapes()).hasSize(4);
    }
}
