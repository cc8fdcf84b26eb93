package org.lexmaturity.sparql;

import java.util.Locale;
import org.lexmaturity.store.Sparql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;

/**
 * "Describe this IRI" for the Linked Data pages: the statements about a resource in the public graphs (with the
 * blank nodes it points to), as a graph for the RDF formats and as a page model with labels for HTML. The vocabulary
 * is described the same way from the ontology graph. Each call is one read transaction; nothing live is returned.
 */
public final class LinkedData {
    /** Blank nodes nested deeper than this are left out of a description. */
    private static final int MAX_DEPTH = 4;
    private static final List<String> LANGUAGES = List.of("en", "fi", "sv");
    /** The vocabulary document, its terms ({@code ns#…}) and its concept schemes ({@code ns/…}). */
    private static final String VOCABULARY = "https://w3id.org/lexmaturity/ns";

    private final Store store;
    private final PublicView view;
    private final String baseIri;

    public LinkedData(Store store, PublicView view) {
        this.store = store;
        this.view = view;
        this.baseIri = store.config().baseIri();
    }

    /** The IRI of {@code /id/{path}}: our resources live under {@code {base}id/}. */
    public String resourceIri(String path) {
        return baseIri + "id/" + path;
    }

    /** For a page: our own IRIs are linked to their {@code /id/} path on this server; others as they are. */
    public String link(String iri) {
        return iri.startsWith(baseIri + "id/") ? "/" + iri.substring(baseIri.length()) : iri;
    }

    // --- one resource -----------------------------------------------------------------------------------------

    /** The public statements about {@code iri}; empty when the public graphs say nothing about it. */
    public Optional<Graph> describe(String iri) {
        return store.read(all -> {
            Graph g = describe(view.over(all), NodeFactory.createURI(iri));
            return g.isEmpty() ? Optional.<Graph>empty() : Optional.of(g);
        });
    }

    private static Graph describe(DatasetGraph dsg, Node subject) {
        Graph g = GraphFactory.createDefaultGraph();
        addStatements(dsg, subject, g, 0, new HashSet<>());
        prefixes(g);
        return g;
    }

    private static void addStatements(DatasetGraph dsg, Node subject, Graph g, int depth, Set<Node> seen) {
        if (!seen.add(subject)) {
            return;
        }
        for (Sparql.Row row : Sparql.select(dsg, "describe-resource", Map.of("resource", subject))) {
            Node p = row.get("p").orElseThrow();
            Node o = row.get("o").orElseThrow();
            g.add(Triple.create(subject, p, o));
            if (o.isBlank() && depth < MAX_DEPTH) {
                addStatements(dsg, o, g, depth + 1, seen);
            }
        }
    }

    /** A resource page: what the HTML template shows. */
    public record Page(String iri, String title, List<Value> types, List<Property> properties, String dataPath) {}

    /** One property with its values, labelled. */
    public record Property(String iri, String label, List<Value> values) {}

    /** One value: its text, a link (null for literals), and its language tag ("" if none). */
    public record Value(String text, String href, String lang) {}

    /** The page of {@code iri} with labels in {@code lang} (fi, sv or en), or empty when it has no public statements. */
    public Optional<Page> page(String iri, String lang, String docPath) {
        return store.read(all -> {
            DatasetGraph dsg = view.over(all);
            Node subject = NodeFactory.createURI(iri);
            Graph g = describe(dsg, subject);
            if (g.isEmpty()) {
                return Optional.<Page>empty();
            }
            Labels labels = new Labels(dsg, lang);
            List<Value> types = new ArrayList<>();
            Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
            g.find(subject, Node.ANY, Node.ANY).forEach(t -> {
                Value v = value(t.getObject(), g, labels);
                if (t.getPredicate().equals(RDF.Nodes.type)) {
                    types.add(v);
                } else {
                    byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(v);
                }
            });
            List<Property> properties = new ArrayList<>();
            byProperty.forEach((p, values) -> {
                values.sort(Comparator.comparing(Value::lang).thenComparing(Value::text));
                properties.add(new Property(p.getURI(), labels.of(p), values));
            });
            properties.sort(Comparator.comparing(Property::label, String.CASE_INSENSITIVE_ORDER));
            String title = labels.find(subject).orElse(iri);
            return Optional.of(new Page(iri, title, types, properties, docPath));
        });
    }

    private Value value(Node o, Graph g, Labels labels) {
        if (o.isLiteral()) {
            return new Value(o.getLiteralLexicalForm(), null, o.getLiteralLanguage());
        }
        if (o.isBlank()) {
            // a nested structure (a status step, a score): its statements in one line
            StringBuilder text = new StringBuilder();
            g.find(o, Node.ANY, Node.ANY).forEach(t -> {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(labels.of(t.getPredicate())).append(": ")
                        .append(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().isURI() ? labels.of(t.getObject()) : "…");
            });
            return new Value(text.toString(), null, "");
        }
        return new Value(labels.of(o), link(o.getURI()), "");
    }

    /** Labels of terms in one language, looked up once each; the local name where a term has none. */
    private static final class Labels {
        private final DatasetGraph dsg;
        private final String lang;
        private final Map<Node, Optional<String>> cache = new LinkedHashMap<>();

        Labels(DatasetGraph dsg, String lang) {
            this.dsg = dsg;
            this.lang = lang;
        }

        String of(Node term) {
            return find(term).orElseGet(() -> localName(term.getURI()));
        }

        Optional<String> find(Node term) {
            return cache.computeIfAbsent(term, t -> {
                List<Sparql.Row> rows = Sparql.select(dsg, "list-term-labels", Map.of("term", t));
                // the asked language first, then English, Finnish, Swedish, then any; a label before a title
                return rows.stream().min(Comparator.comparingInt((Sparql.Row r) -> rank(r.get("label").orElseThrow().getLiteralLanguage()))
                        .thenComparingLong(r -> r.number("kind"))).map(r -> r.string("label"));
            });
        }

        private int rank(String tag) {
            if (tag.equalsIgnoreCase(lang)) {
                return 0;
            }
            int i = LANGUAGES.indexOf(tag.toLowerCase(Locale.ROOT));
            return i >= 0 ? 1 + i : tag.isEmpty() ? 4 : 5;
        }
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    // --- the vocabulary ---------------------------------------------------------------------------------------

    /** The vocabulary's statements from the ontology graph: the namespace document, its terms and schemes. */
    public Graph vocabulary() {
        Node ontology = store.graphs().ontology();
        return store.read(all -> {
            Graph g = GraphFactory.createDefaultGraph();
            // a plain walk over one graph; a query with a FILTER over the view was seconds slower
            view.over(all).getGraph(ontology).find().forEach(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(VOCABULARY)) {
                    g.add(t);
                }
            });
            prefixes(g);
            return g;
        });
    }

    /** A term of the vocabulary for the HTML listing. */
    public record Term(String iri, String name, String kind, String fi, String sv, String en, String comment) {}

    public List<Term> vocabularyTerms() {
        Node ontology = store.graphs().ontology();
        return store.read(all -> Sparql.select(view.over(all), "list-vocabulary-terms", Map.of("ontology", ontology)).stream()
                .map(r -> new Term(r.string("term"), localName(r.string("term")), r.string("kind"), r.string("fi"), r.string("sv"), r.string("en"),
                        r.string("comment")))
                .toList());
    }

    static void prefixes(Graph g) {
        g.getPrefixMapping().setNsPrefix("lxm", LXM.NS).setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#").setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("eli", "http://data.europa.eu/eli/ontology#").setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }
}
