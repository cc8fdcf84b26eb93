package org.lexmaturity.store;

import java.util.Optional;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The named graphs of the dataset. Sources and privacy are kept apart by graph: the public endpoint may
 * only ever see {@link #publicGraphs()}.
 */
public record Graphs(String baseIri) {

    /** Our vocabulary, SKOS schemes, SHACL shapes and reference data (ministries). */
    public Node ontology() { return graph("ontology"); }

    /** Statutes imported from Finlex (Akoma Ntoso or the statute XML of the bulk downloads). */
    public Node statutesFinlex() { return graph("statutes/finlex"); }

    /** The fictional demonstration acts shipped with the tool. */
    public Node statutesDemo() { return graph("statutes/demo"); }

    /** Statutes from any other source (other publishers' Akoma Ntoso, ELI RDF). */
    public Node statutesOther() { return graph("statutes/other"); }

    /** Raw survey answers: free text and contact details. Private. */
    public Node surveysPrivate() { return graph("surveys/private"); }

    /** The questionnaire and anonymised aggregates. */
    public Node surveysPublic() { return graph("surveys/public"); }

    /** Barriers, measures and assessments. */
    public Node register() { return graph("register"); }

    /** Results of automatic screening. */
    public Node screening() { return graph("screening"); }

    /** Local accounts (names, roles, password hashes): never public, never in dumps. */
    public Node accounts() { return graph("accounts"); }

    public List<Node> statuteGraphs() {
        return List.of(statutesFinlex(), statutesDemo(), statutesOther());
    }

    public List<Node> publicGraphs() {
        return List.of(ontology(), statutesFinlex(), statutesDemo(), statutesOther(), surveysPublic(), register(), screening());
    }

    public boolean isStatuteGraph(Node g) {
        return statuteGraphs().contains(g);
    }

    /** Every graph the tool writes, as the path after {@code {base}graph/}. */
    private static final List<String> PATHS = List.of("ontology", "statutes/finlex", "statutes/demo", "statutes/other", "surveys/private",
            "surveys/public", "register", "screening", "accounts");

    /** The base IRI a graph of ours was named under ({@code http://example.org/} for {@code …/graph/register}). */
    public static Optional<String> baseOf(Node graphName) {
        if (!graphName.isURI()) {
            return Optional.empty();
        }
        String iri = graphName.getURI();
        return PATHS.stream().map(p -> "graph/" + p).filter(iri::endsWith).findFirst()
                .map(suffix -> iri.substring(0, iri.length() - suffix.length())).filter(b -> b.endsWith("/"));
    }

    private Node graph(String path) {
        return NodeFactory.createURI(baseIri + "graph/" + path);
    }
}
