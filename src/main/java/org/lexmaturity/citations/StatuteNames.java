package org.lexmaturity.citations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/**
 * The names by which acts are cited — titles, short names, abbreviations — indexed so that inflected forms are
 * found too ("hallintolain", "lain sähköisestä asioinnista…", "X:stä annetun lain", "förvaltningslagens",
 * "lagen om X"). A name given to several acts keeps them all; the caller reports it as ambiguous.
 *
 * <p>Not thread-safe while names are being added; once filled, any number of threads may read it.
 */
public final class StatuteNames {
    /** The list shipped in the jar. */
    public static final String RESOURCE = "ontology/statute-names.ttl";
    // "laki X", "valtioneuvoston asetus X" are also written "X annettu laki", "X annettu valtioneuvoston asetus"
    private static final Set<String> TITLE_HEADS = Set.of("laki", "asetus");

    private static final class TrieNode {
        final Map<String, TrieNode> next = new HashMap<>();
        final Set<ActNumber> acts = new LinkedHashSet<>();
    }

    /** A name found in a text: the tokens {@code [from, to)} and the acts it may mean. */
    record Found(int from, int to, List<ActNumber> acts) {}

    private final TrieNode root = new TrieNode();
    private final Map<String, Set<ActNumber>> abbreviations = new HashMap<>();

    private StatuteNames() {}

    /** No names at all. */
    public static StatuteNames empty() {
        return new StatuteNames();
    }

    /** The names shipped in {@value #RESOURCE}. */
    public static StatuteNames standard() {
        StatuteNames names = new StatuteNames();
        try (InputStream in = StatuteNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return names.load(g, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** Adds the names in a user's Turtle file written like {@value #RESOURCE}. */
    public StatuteNames load(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new IllegalArgumentException("Statute names: " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return load(g, file.getFileName().toString());
    }

    /**
     * Adds the names in a graph: each subject with {@code eli:id_local} and any of {@code dcterms:title},
     * {@code lxm:shortName}, {@code lxm:abbreviation}. {@code source} names the graph in error messages.
     */
    public StatuteNames load(Graph g, String source) {
        for (Node s : g.find(Node.ANY, LXM.shortName, Node.ANY).mapWith(Triple::getSubject)
                .andThen(g.find(Node.ANY, LXM.abbreviation, Node.ANY).mapWith(Triple::getSubject))
                .andThen(g.find(Node.ANY, DCTerms.title.asNode(), Node.ANY).mapWith(Triple::getSubject)).toSet()) {
            ActNumber act = actOf(g, s, source);
            g.find(s, DCTerms.title.asNode(), Node.ANY).forEach(t -> add(act, literal(t, source), lang(t)));
            g.find(s, LXM.shortName, Node.ANY).forEach(t -> add(act, literal(t, source), lang(t)));
            g.find(s, LXM.abbreviation, Node.ANY).forEach(t -> addAbbreviation(act, literal(t, source)));
        }
        return this;
    }

    /**
     * Adds a title or short name of an act in one language ("fi", "sv"), written in its base form: "Hallintolaki",
     * "Laki kuolinpesän selvitysilmoituksesta", "förvaltningslagen", "Lag om dödsboets utredningsanmälan".
     */
    public StatuteNames add(ActNumber act, String name, String lang) {
        List<String> words = Token.of(name).stream().map(Token::base).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Statute names: act " + act + " has an empty name");
        }
        insert(words, act);
        if (lang.startsWith("fi")) {
            int head = titleHead(words);
            if (head >= 0 && head < words.size() - 1) {
                List<String> turned = new ArrayList<>(words.subList(head + 1, words.size()));
                turned.add("annettu");
                turned.addAll(words.subList(0, head + 1));
                insert(turned, act);
            }
        }
        return this;
    }

    /** Adds an abbreviation ("HL"); it matches only in exactly this case. */
    public StatuteNames addAbbreviation(ActNumber act, String abbreviation) {
        if (!abbreviation.matches("[\\p{L}\\p{N}]+")) {
            throw new IllegalArgumentException("Statute names: act " + act + ": '" + abbreviation
                    + "' is not an abbreviation (letters and digits only)");
        }
        abbreviations.computeIfAbsent(abbreviation, a -> new LinkedHashSet<>()).add(act);
        return this;
    }

    /** The acts a whole name may mean, in any inflected form ("hallintolain"); empty if it is not known. */
    public List<ActNumber> lookup(String name) {
        List<Token> tokens = Token.of(name);
        TrieNode node = root;
        for (Token t : tokens) {
            node = node.next.get(t.base());
            if (node == null) {
                return List.of();
            }
        }
        return List.copyOf(node.acts);
    }

    /** The acts an abbreviation may mean (case-sensitive); empty if it is not known. */
    public List<ActNumber> abbreviation(String abbreviation) {
        return List.copyOf(abbreviations.getOrDefault(abbreviation, Set.of()));
    }

    /**
     * The longest name starting at token {@code from}, or null. Words of a name may be parted by spaces,
     * hyphens and the colon of a case ending ("EU:n"), but not by a full stop, bracket or other punctuation.
     */
    Found longest(String text, List<Token> tokens, int from) {
        TrieNode node = root;
        Found best = null;
        for (int i = from; i < tokens.size(); i++) {
            if (i > from && !joined(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                break;
            }
            node = node.next.get(tokens.get(i).base());
            if (node == null) {
                break;
            }
            if (!node.acts.isEmpty()) {
                best = new Found(from, i + 1, List.copyOf(node.acts));
            }
        }
        return best;
    }

    private static boolean joined(String text, int end, int start) {
        for (int i = end; i < start; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != ':' && c != '-' && c != ',' && c != '§') {
                return false;
            }
        }
        return true;
    }

    private void insert(List<String> words, ActNumber act) {
        TrieNode node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new TrieNode());
        }
        node.acts.add(act);
    }

    // "laki X" and "valtioneuvoston asetus X" (an issuer in the genitive before the type word)
    private static int titleHead(List<String> words) {
        if (TITLE_HEADS.contains(words.get(0))) {
            return 0;
        }
        if (words.size() > 1 && TITLE_HEADS.contains(words.get(1)) && words.get(0).endsWith("n")) {
            return 1;
        }
        return -1;
    }

    private static ActNumber actOf(Graph g, Node s, String source) {
        List<Node> ids = g.find(s, ELI.id_local, Node.ANY).mapWith(Triple::getObject).toList();
        if (ids.size() != 1 || !ids.get(0).isLiteral()) {
            throw new IllegalArgumentException("Statute names: " + source + ", " + s
                    + ": needs exactly one eli:id_local, e.g. \"434/2003\"");
        }
        try {
            return ActNumber.parseLocal(ids.get(0).getLiteralLexicalForm());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Statute names: " + source + ", " + s + ": " + e.getMessage(), e);
        }
    }

    private static String literal(Triple t, String source) {
        if (!t.getObject().isLiteral()) {
            throw new IllegalArgumentException("Statute names: " + source + ", " + t.getSubject() + ": "
                    + t.getPredicate().getLocalName() + " must be a literal, not " + t.getObject());
        }
        return t.getObject().getLiteralLexicalForm();
    }

    private static String lang(Triple t) {
        return t.getObject().isLiteral() ? t.getObject().getLiteralLanguage() : "";
    }
}
