package org.lexmaturity.vocab;

import java.util.LinkedHashSet;
import org.apache.jena.sparql.graph.GraphReadOnly;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The controlled vocabularies shipped in {@code ontology/} (concept schemes and ministries), for turning what a
 * user typed in a spreadsheet cell ("Hyvinvointialue", "VM", "written-form", "Täysin samaa mieltä") into the
 * concept it means, and a concept back into a label in the reader's language.
 */
public final class Vocabulary {
    private static final String[] FILES = {"/ontology/schemes.ttl", "/ontology/ministries.ttl"};
    private static volatile Vocabulary shipped;

    private final Graph graph;
    /** scheme code → normalised label, code or notation → concept. */
    private final Map<String, Map<String, Node>> lookup = new HashMap<>();

    private Vocabulary(Graph graph) {
        this.graph = graph;
        graph.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEach((Triple t) -> {
            String scheme = code(t.getObject());
            index(scheme, t.getSubject());
        });
        graph.find(Node.ANY, LXM.ministerTitle, Node.ANY).forEach((Triple t) -> index("ministry", t.getSubject()));
    }

    /** The vocabularies in the jar, parsed once. */
    public static Vocabulary shipped() {
        Vocabulary v = shipped;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (shipped == null) {
                    Graph g = GraphFactory.createDefaultGraph();
                    for (String file : FILES) {
                        try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
                            if (in == null) {
                                throw new IllegalStateException(file.substring(1) + " is missing from the class path");
                            }
                            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                        } catch (IOException e) {
                            throw new IllegalStateException("cannot read " + file.substring(1), e);
                        }
                    }
                    shipped = new Vocabulary(g);
                }
                v = shipped;
            }
        }
        return v;
    }

    /** The shipped vocabularies as one read-only graph: what shapes look a concept's scheme up in. */
    public Graph graph() {
        return new GraphReadOnly(graph);
    }

    private void index(String scheme, Node concept) {
        Map<String, Node> m = lookup.computeIfAbsent(scheme, k -> new HashMap<>());
        m.putIfAbsent(normalise(code(concept)), concept);
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.notation.asNode(), SKOS.hiddenLabel.asNode())) {
            graph.find(concept, p, Node.ANY).forEach(t -> m.putIfAbsent(normalise(t.getObject().getLiteralLexicalForm()), concept));
        }
    }

    /** The last segment of a concept IRI: its code ("written-form", "ministry", "vm"). */
    public static String code(Node concept) {
        String iri = concept.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").replace('’', '\'');
    }

    /**
     * The concept of {@code scheme} ("organisation-type", "theme", "barrier-type", "ministry", …) whose code,
     * notation or label in any language is {@code text}, ignoring case.
     */
    public Optional<Node> find(String scheme, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<String, Node> m = lookup.getOrDefault(scheme, Map.of());
        Node n = m.get(normalise(text));
        if (n == null) {
            n = m.get(normalise(text).replace(' ', '-'));
        }
        return Optional.ofNullable(n);
    }

    /** The concepts of a scheme, in their lxm:ordinal order where they have one, else by code. */
    public List<Node> concepts(String scheme) {
        List<Node> list = new ArrayList<>(new LinkedHashSet<>(lookup.getOrDefault(scheme, Map.of()).values()));
        list.sort(Comparator.comparing((Node n) -> ordinal(n).orElse(Integer.MAX_VALUE)).thenComparing(Vocabulary::code));
        return list;
    }

    public Optional<Integer> ordinal(Node concept) {
        return graph.find(concept, LXM.ordinal, Node.ANY).nextOptional()
                .map(t -> ((Number) t.getObject().getLiteralValue()).intValue());
    }

    /** The preferred label in {@code lang}, else in English, else the code. */
    public String label(Node concept, String lang) {
        String fallback = null;
        for (Triple t : graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            String l = t.getObject().getLiteralLanguage();
            if (l.equalsIgnoreCase(lang)) {
                return t.getObject().getLiteralLexicalForm();
            }
            if (l.equals("en")) {
                fallback = t.getObject().getLiteralLexicalForm();
            }
        }
        return fallback != null ? fallback : code(concept);
    }

    /** The value of a property of a concept that is itself a concept (e.g. the theme of a barrier type). */
    public Optional<Node> property(Node concept, Node property) {
        return graph.find(concept, property, Node.ANY).nextOptional().map(Triple::getObject);
    }

    /** The concepts that have {@code property} with {@code value}, e.g. the principles closeMatch a dimension. */
    public List<Node> subjects(Node property, Node value) {
        return graph.find(Node.ANY, property, value).mapWith(Triple::getSubject).toList();
    }

    /** The skos:notation of a concept ("DE-1", "WF"), if it has one. */
    public Optional<String> notation(Node concept) {
        return graph.find(concept, SKOS.notation.asNode(), Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
    }

    /** The codes of a scheme, for error messages that say what would have been accepted. */
    public String codes(String scheme) {
        return String.join(", ", concepts(scheme).stream().map(Vocabulary::code).toList());
    }
}
