package org.lexmaturity.sparql;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of the public endpoint: where it is, that it speaks SPARQL 1.1 Query (no
 * Update, no SERVICE), its result formats, and the default dataset: the union of the public graphs as default graph,
 * each public graph also by name.
 */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpointUrl} (the configured base IRI's {@code sparql}). */
    public static Graph of(String endpointUrl, List<Node> publicGraphs) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS);
        Node service = NodeFactory.createBlankNode();
        g.add(service, RDF.Nodes.type, sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpointUrl));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD",
                "N-Triples", "RDF_XML", "TriG", "N-Quads")) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        }
        Node dataset = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.Nodes.type, sd("Dataset"));
        Node dft = NodeFactory.createBlankNode();
        g.add(dataset, sd("defaultGraph"), dft);
        g.add(dft, RDF.Nodes.type, sd("Graph"));
        for (Node name : publicGraphs) {
            Node named = NodeFactory.createBlankNode();
            Node graph = NodeFactory.createBlankNode();
            g.add(dataset, sd("namedGraph"), named);
            g.add(named, RDF.Nodes.type, sd("NamedGraph"));
            g.add(named, sd("name"), name);
            g.add(named, sd("graph"), graph);
            g.add(graph, RDF.Nodes.type, sd("Graph"));
        }
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
