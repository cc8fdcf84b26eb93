package org.lexmaturity.statutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/**
 * Writes one language version of an act into the dataset, inside the caller's write transaction.
 *
 * <p>An act's structure is the union of its language versions: the IRIs of provisions are built from numbers, the
 * same in every language, and where the Finnish and the Swedish file differ (one has a subsection the other has not)
 * each keeps its provisions. Re-importing a version replaces that language: its old texts go, and a provision that
 * no language has any more goes with them; the other languages' texts stay. So importing the Finnish and the Swedish
 * file of an act, in either order and as often as one likes, gives one act with every text of both.
 *
 * <p>A provision with text in some of the act's languages but not in all carries {@code lxm:missingLanguage} for
 * each one it lacks, for the import summary and the act page.
 */
public final class StatuteWriter {
    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    private final Graphs graphs;

    public StatuteWriter(Graphs graphs) {
        this.graphs = graphs;
    }

    /**
     * What writing one language version did.
     *
     * @param staleFindings screening findings removed because the text they were found in changed or is gone
     */
    public record Outcome(boolean existed, Map<String, Set<String>> divergentProvisions, int staleFindings) {}

    /** Where an act of this kind lives: Finlex acts, demo acts and the rest each have a graph. */
    public Node graphFor(ActExpression e, Node act) {
        if (e.demonstration()) {
            return graphs.statutesDemo();
        }
        if (act.getURI().startsWith("http://data.finlex.fi/")) {
            return graphs.statutesFinlex();
        }
        return graphs.statutesOther();
    }

    /**
     * Merges {@code version} (the RDF of one language version of {@code act}) into the store.
     *
     * <p>The act's new state is worked out first, and only the difference is written: a quad both old and wanted is
     * left alone (each quad written costs six TDB2 indexes, and each text a Lucene document).
     *
     * @return true if the act was already in the store
     */
    public boolean write(DatasetGraph dsg, Node act, String language, Node targetGraph, Graph version) {
        return merge(dsg, act, language, targetGraph, version).existed();
    }

    /** {@link #write}, telling also which provisions now have text in some of the act's languages only. */
    public Outcome merge(DatasetGraph dsg, Node act, String language, Node targetGraph, Graph version) {
        return merge(dsg, act, language, targetGraph, version, null);
    }

    /**
     * {@link #merge}, checking before anything is written that the act's new state holds every text of {@code
     * expected} (the expression the version was made from): a text that would be lost refuses the file, with nothing
     * of it written, naming the place.
     */
    public Outcome merge(DatasetGraph dsg, Node act, String language, Node targetGraph, Graph version, ActExpression expected) {
        Optional<Node> existingGraph = graphOf(dsg, act);
        if (existingGraph.isEmpty()) {
            if (expected != null) {
                refuseIfLost(expected, texts(version.find(Node.ANY, LXM.text, Node.ANY).toList().stream().map(Triple::getObject).toList(), language));
            }
            version.find().forEach((Triple t) -> dsg.add(targetGraph, t.getSubject(), t.getPredicate(), t.getObject()));
            return new Outcome(false, Map.of(), 0);
        }
        Node g = existingGraph.get();
        Set<Node> newNodes = new HashSet<>();
        Set<Quad> wanted = new LinkedHashSet<>();
        version.find().forEach(t -> {
            newNodes.add(t.getSubject());
            wanted.add(new Quad(targetGraph, t));
        });
        Set<Node> tree = treeOf(dsg, g, act);
        Set<Node> kept = keptOldProvisions(dsg, g, act, tree, newNodes, language);
        List<Quad> old = new ArrayList<>();
        Node newExpression = version.find(Node.ANY, RDF.type.asNode(), ELI.LegalExpression).mapWith(Triple::getSubject).nextOptional().orElse(null);
        for (Node node : tree) {
            // the act's other expressions (other languages, other versions) and other versions stay whole
            boolean otherExpression = isOtherExpression(dsg, g, node, language, newExpression)
                    || !newNodes.contains(node) && dsg.contains(g, act, ELI.has_member, node);
            boolean keptOld = kept.contains(node);
            dsg.find(g, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
                old.add(q);
                boolean keep = otherExpression
                        // the other languages' texts stay on the provisions this version has too
                        || newNodes.contains(node) && isOtherLanguageText(q.getObject(), language)
                        // a provision only the other languages have stays whole, but for this language's words
                        || keptOld && !isLanguageText(q.getObject(), language) && !q.getPredicate().equals(LXM.missingLanguage)
                        // and the provisions this version has keep their links to it
                        || q.getPredicate().equals(ELI.has_part) && kept.contains(q.getObject())
                        // a temporal version is shared by the languages: it keeps realizing the other expressions
                        || !node.equals(act) && q.getPredicate().equals(ELI.is_realized_by)
                                && isOtherExpression(dsg, g, q.getObject(), language, newExpression);
                if (keep) {
                    wanted.add(new Quad(targetGraph, q.asTriple()));
                }
            });
            if (otherExpression && dsg.contains(g, act, ELI.is_realized_by, node)) {
                wanted.add(new Quad(targetGraph, act, ELI.is_realized_by, node));
            }
            if (otherExpression && dsg.contains(g, act, ELI.has_member, node)) {
                wanted.add(new Quad(targetGraph, act, ELI.has_member, node));
            }
        }
        Map<String, Set<String>> divergent = markDivergences(targetGraph, act, wanted);
        if (expected != null) {
            refuseIfLost(expected, texts(wanted.stream().filter(q -> q.getPredicate().equals(LXM.text)).map(Quad::getObject).toList(), language));
        }
        int stale = 0;
        for (Quad q : old) {
            if (!wanted.remove(q)) {
                dsg.delete(q);
                if (q.getPredicate().equals(LXM.text) && q.getObject().isLiteral()) {
                    stale += removeFindings(dsg, q.getSubject(), q.getObject().getLiteralLanguage());
                }
            }
        }
        wanted.forEach(dsg::add);
        return new Outcome(true, divergent, stale);
    }

    /**
     * Removes the screening findings in {@code provision}'s text in {@code language}: the text changed or is gone, so
     * they would point at words that are no longer there. The next screening finds what the new text holds.
     */
    private int removeFindings(DatasetGraph dsg, Node provision, String language) {
        Node screening = graphs.screening();
        List<Node> doomed = new ArrayList<>();
        dsg.find(screening, Node.ANY, LXM.concernsProvision, provision).forEachRemaining(q -> {
            Node f = q.getSubject();
            boolean sameLanguage = dsg.stream(screening, f, DCTerms.language.asNode(), Node.ANY)
                    .anyMatch(l -> l.getObject().isLiteral() && l.getObject().getLiteralLexicalForm().equalsIgnoreCase(language));
            if (sameLanguage) {
                doomed.add(f);
            }
        });
        for (Node f : doomed) {
            dsg.stream(screening, f, Node.ANY, Node.ANY).toList().forEach(dsg::delete);
        }
        return doomed.size();
    }

    /**
     * The old provisions this version does not have that must stay: those with a text or heading in another
     * language, and their ancestors.
     */
    private static Set<Node> keptOldProvisions(DatasetGraph dsg, Node g, Node act, Set<Node> tree, Set<Node> newNodes, String language) {
        Set<Node> kept = new HashSet<>();
        for (Node node : tree) {
            if (node.equals(act) || newNodes.contains(node) || !dsg.contains(g, node, RDF.type.asNode(), ELI.LegalResourceSubdivision)) {
                continue;
            }
            boolean otherWords = dsg.stream(g, node, LXM.text, Node.ANY).anyMatch(q -> isOtherLanguageText(q.getObject(), language))
                    || dsg.stream(g, node, LXM.heading, Node.ANY).anyMatch(q -> isOtherLanguageText(q.getObject(), language));
            if (otherWords) {
                // the chain up to a provision of the new version (or the act) stays too
                for (Node n = node; n != null && !newNodes.contains(n) && !n.equals(act) && kept.add(n); n = parent(dsg, g, n)) {
                    // walking up
                }
            }
        }
        return kept;
    }

    private static Node parent(DatasetGraph dsg, Node g, Node node) {
        return dsg.stream(g, node, ELI.is_part_of, Node.ANY).map(Quad::getObject).findFirst().orElse(null);
    }

    /**
     * Marks, in the act's new state, each provision with text in some of the act's languages but not in all; returns
     * their IRIs with the languages each lacks.
     */
    private static Map<String, Set<String>> markDivergences(Node graph, Node act, Set<Quad> state) {
        Set<String> languages = new TreeSet<>();
        Map<Node, Set<String>> textLanguages = new HashMap<>();
        Set<Node> expressions = new HashSet<>();
        for (Quad q : state) {
            if (q.getSubject().equals(act) && q.getPredicate().equals(ELI.is_realized_by)) {
                expressions.add(q.getObject());
            } else if (q.getPredicate().equals(LXM.text) && q.getObject().isLiteral()) {
                textLanguages.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(q.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT));
            }
        }
        for (Quad q : state) {
            if (expressions.contains(q.getSubject()) && q.getPredicate().equals(ELI.language) && q.getObject().isURI()) {
                languages.add(iso2(q.getObject().getURI().substring(EU_LANGUAGE.length())));
            }
        }
        Map<String, Set<String>> divergent = new TreeMap<>();
        textLanguages.forEach((node, has) -> {
            for (String lang : languages) {
                if (!has.contains(lang)) {
                    state.add(new Quad(graph, node, LXM.missingLanguage, NodeFactory.createLiteralString(lang)));
                    divergent.computeIfAbsent(node.getURI(), k -> new TreeSet<>()).add(lang);
                }
            }
        });
        return divergent;
    }

    private static String iso2(String iso3) {
        for (String lang : Locale.getISOLanguages()) {
            if (new Locale(lang).getISO3Language().equalsIgnoreCase(iso3)) {
                return lang;
            }
        }
        return iso3.toLowerCase(Locale.ROOT);
    }

    /**
     * The texts of {@code expression} that the store does not hold for its language after the write, whitespace
     * normalised: empty when every text read was stored. The import's own check that it dropped nothing.
     */
    public List<Division> unstored(DatasetGraph dsg, Node act, ActExpression expression) {
        Node g = graphOf(dsg, act).orElse(null);
        Map<String, Integer> stored = new HashMap<>();
        if (g != null) {
            for (Node node : treeOf(dsg, g, act)) {
                dsg.find(g, node, LXM.text, Node.ANY).forEachRemaining(q -> {
                    if (isLanguageText(q.getObject(), expression.language())) {
                        stored.merge(normalised(q.getObject().getLiteralLexicalForm()), 1, Integer::sum);
                    }
                });
            }
        }
        List<Division> missing = new ArrayList<>();
        collectUnstored(expression.divisions(), stored, missing);
        return missing;
    }

    private static Map<String, Integer> texts(List<Node> literals, String language) {
        Map<String, Integer> out = new HashMap<>();
        for (Node o : literals) {
            if (isLanguageText(o, language)) {
                out.merge(normalised(o.getLiteralLexicalForm()), 1, Integer::sum);
            }
        }
        return out;
    }

    private static void refuseIfLost(ActExpression expected, Map<String, Integer> texts) {
        List<Division> lost = new ArrayList<>();
        collectUnstored(expected.divisions(), new HashMap<>(texts), lost);
        if (!lost.isEmpty()) {
            Division first = lost.get(0);
            String sample = first.text().length() <= 80 ? first.text() : first.text().substring(0, 77) + "...";
            throw new ImportException(expected.sourceName(), first.eId(), lost.size() + " of the file's texts in " + expected.language()
                    + " would not be stored (a fault of the import, not of the file), the first: \"" + sample + "\"");
        }
    }

    private static void collectUnstored(List<Division> divisions, Map<String, Integer> stored, List<Division> missing) {
        for (Division d : divisions) {
            if (!d.text().isEmpty()) {
                String t = normalised(d.text());
                if (stored.merge(t, -1, Integer::sum) < 0) {
                    missing.add(d);
                }
            }
            collectUnstored(d.children(), stored, missing);
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** The statute graph holding {@code act}, if any. */
    public Optional<Node> graphOf(DatasetGraph dsg, Node act) {
        for (Node g : graphs.statuteGraphs()) {
            if (dsg.contains(g, act, RDF.type.asNode(), ELI.LegalResource)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The act, its expressions and all its subdivisions. */
    static Set<Node> treeOf(DatasetGraph dsg, Node g, Node act) {
        Set<Node> nodes = new HashSet<>();
        nodes.add(act);
        dsg.find(g, act, ELI.is_realized_by, Node.ANY).forEachRemaining(q -> nodes.add(q.getObject()));
        dsg.find(g, act, ELI.has_member, Node.ANY).forEachRemaining(q -> nodes.add(q.getObject()));
        List<Node> todo = new ArrayList<>(List.of(act));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            dsg.find(g, n, ELI.has_part, Node.ANY).forEachRemaining(q -> {
                if (nodes.add(q.getObject())) {
                    todo.add(q.getObject());
                }
            });
        }
        return nodes;
    }

    private static boolean isOtherExpression(DatasetGraph dsg, Node g, Node node, String language, Node newExpression) {
        if (!dsg.contains(g, node, RDF.type.asNode(), ELI.LegalExpression)) {
            return false;
        }
        if (newExpression != null && !node.equals(newExpression)) {
            return true;
        }
        String iso3 = ActRdf.iso3(language).toUpperCase(Locale.ROOT);
        return !dsg.contains(g, node, ELI.language, NodeFactory.createURI(EU_LANGUAGE + iso3));
    }

    private static boolean isOtherLanguageText(Node o, String language) {
        return o.isLiteral() && !o.getLiteralLanguage().isEmpty() && !o.getLiteralLanguage().equalsIgnoreCase(language);
    }

    private static boolean isLanguageText(Node o, String language) {
        return o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(language);
    }
}
