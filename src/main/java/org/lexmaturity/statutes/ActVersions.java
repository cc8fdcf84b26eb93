package org.lexmaturity.statutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/**
 * The temporal versions of an act side by side (ELI's version level: the original {@code /alkup}, consolidated
 * {@code /ajantasa/YYYYMMDD}). In each language the act's provisions carry the texts of one version, the current
 * one: the newest imported, so that screening, pages and analyses read the law as it stands. The texts of the other
 * versions of that language sit on the provisions' versions, {@code <provision>/<version>}, each a member
 * ({@code eli:is_member_of}) of its provision with its text and date; nothing of an older version is lost when a newer
 * one comes, nor of a newer one when an older one is imported after it.
 */
public final class ActVersions {
    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private ActVersions() {}

    /** The expression whose texts are on the provisions in {@code language}, with its version path. */
    public record Current(Node expression, String versionPath) {}

    /** Which version's texts the act's provisions carry in {@code language}; empty when none is recorded. */
    public static Optional<Current> current(DatasetGraph dsg, Node g, Node act, String language) {
        Node lang = NodeFactory.createURI(EU_LANGUAGE + ActRdf.iso3(language).toUpperCase(Locale.ROOT));
        List<Node> expressions = dsg.stream(g, act, ELI.is_realized_by, Node.ANY).map(Quad::getObject)
                .filter(e -> dsg.contains(g, e, ELI.language, lang)).toList();
        Optional<Node> marked = expressions.stream().filter(e -> dsg.contains(g, e, LXM.currentText, TRUE)).findFirst();
        // stores written before versions were recorded: the one expression in the language is the current one
        Optional<Node> expression = marked.or(() -> expressions.size() == 1 ? Optional.of(expressions.get(0)) : Optional.empty());
        return expression.map(e -> new Current(e, versionPath(dsg, g, act, e)));
    }

    private static String versionPath(DatasetGraph dsg, Node g, Node act, Node expression) {
        return dsg.stream(g, Node.ANY, ELI.is_realized_by, expression).map(Quad::getSubject)
                .filter(v -> dsg.contains(g, act, ELI.has_member, v)).map(v -> v.getURI().substring(act.getURI().length() + 1))
                .findFirst().orElse(ActExpression.Version.ORIGINAL);
    }

    /** Records that {@code expression}'s texts are now the ones on the provisions in its language. */
    public static void markCurrent(DatasetGraph dsg, Node g, Node act, Node expression, String language) {
        current(dsg, g, act, language).ifPresent(c -> dsg.delete(g, c.expression(), LXM.currentText, TRUE));
        dsg.add(g, expression, LXM.currentText, TRUE);
    }

    /**
     * Copies the texts in {@code language} now on the act's provisions onto the provisions' versions of {@code
     * current}, before a newer version's texts take their place.
     */
    public static void keepAside(DatasetGraph dsg, Node g, Node act, String language, Current current, Node screening) {
        List<Quad> add = new ArrayList<>();
        List<Node> carried = new ArrayList<>();
        for (Node node : StatuteWriter.treeOf(dsg, g, act)) {
            dsg.find(g, node, LXM.text, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && q.getObject().getLiteralLanguage().equalsIgnoreCase(language)) {
                    add.addAll(versionOf(g, act, node, current.versionPath(), q.getObject()));
                    carried.add(node);
                }
            });
        }
        dsg.delete(g, current.expression(), LXM.currentText, TRUE);
        add.forEach(dsg::add);
        // the findings in those texts follow them: they are findings of that version now, not of the new text
        for (Node node : carried) {
            Node aside = NodeFactory.createURI(node.getURI() + "/" + current.versionPath());
            for (Quad q : dsg.stream(screening, Node.ANY, LXM.concernsProvision, node).toList()) {
                Node f = q.getSubject();
                boolean sameLanguage = dsg.stream(screening, f, DCTerms.language.asNode(), Node.ANY)
                        .anyMatch(l -> l.getObject().isLiteral() && l.getObject().getLiteralLexicalForm().equalsIgnoreCase(language));
                if (sameLanguage) {
                    dsg.delete(q);
                    dsg.add(screening, f, LXM.concernsProvision, aside);
                    if (!dsg.contains(screening, f, LXM.textVersion, Node.ANY)) {
                        dsg.add(screening, f, LXM.textVersion, versionNode(act, current.versionPath()));
                    }
                }
            }
        }
    }

    /** The version node of {@code act} for a version path ({@code alkup}, {@code ajantasa/20170621}). */
    public static Node versionNode(Node act, String versionPath) {
        return NodeFactory.createURI(act.getURI() + "/" + versionPath);
    }

    /** The temporal versions of the act (their paths), oldest first: the original, then consolidations by date. */
    public static List<String> versionPaths(DatasetGraph dsg, Node g, Node act) {
        String prefix = act.getURI() + "/";
        return dsg.stream(g, act, ELI.has_member, Node.ANY).map(Quad::getObject)
                .filter(v -> v.isURI() && v.getURI().startsWith(prefix)).map(v -> v.getURI().substring(prefix.length()))
                .distinct().sorted((a, b) -> a.equals(b) ? 0
                        : new ActExpression.Version(a, Optional.empty()).newerThan(new ActExpression.Version(b, Optional.empty())) ? 1 : -1)
                .toList();
    }

    /**
     * One text of a version: {@code carrier} holds it (the provision itself where the version is the current one in
     * the text's language, else the provision's version {@code <provision>/<version>}), {@code provision} is the
     * provision it is of.
     */
    public record VersionText(Node carrier, Node provision, Node text) {
        public String language() {
            return text.getLiteralLanguage().isEmpty() ? "fi" : text.getLiteralLanguage().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Every text of one temporal version of the act, in every language the store has it in: the provisions' own
     * texts in the languages whose current version it is, the provisions' versions' texts in the others. Provisions
     * that only an older version had are found through the version ({@code lxm:textVersion}).
     */
    public static List<VersionText> texts(DatasetGraph dsg, Node g, Node act, String versionPath) {
        Set<String> currentIn = new HashSet<>();
        for (String lang : List.of("fi", "sv", "en")) {
            current(dsg, g, act, lang).filter(c -> c.versionPath().equals(versionPath)).ifPresent(c -> currentIn.add(lang));
        }
        List<VersionText> texts = new ArrayList<>();
        Set<Node> asides = new LinkedHashSet<>();
        for (Node node : StatuteWriter.treeOf(dsg, g, act)) {
            if (node.equals(act) || !dsg.contains(g, node, ELI.is_part_of, Node.ANY)) {
                continue;
            }
            dsg.find(g, node, LXM.text, Node.ANY).forEachRemaining(q -> {
                VersionText t = new VersionText(node, node, q.getObject());
                if (q.getObject().isLiteral() && currentIn.contains(t.language())) {
                    texts.add(t);
                }
            });
            asides.add(NodeFactory.createURI(node.getURI() + "/" + versionPath));
        }
        dsg.stream(g, Node.ANY, LXM.textVersion, versionNode(act, versionPath)).map(Quad::getSubject).forEach(asides::add);
        for (Node aside : asides) {
            Node provision = dsg.stream(g, aside, ELI.is_member_of, Node.ANY).map(Quad::getObject).findFirst().orElse(null);
            if (provision == null) {
                continue;
            }
            dsg.find(g, aside, LXM.text, Node.ANY).forEachRemaining(q -> {
                VersionText v = new VersionText(aside, provision, q.getObject());
                if (q.getObject().isLiteral() && !currentIn.contains(v.language())) {
                    texts.add(v);
                }
            });
        }
        return texts;
    }

    /**
     * Writes an older version than the current one beside it: its expression and version node, and its texts on
     * the provisions' versions; the act's provisions keep the current texts.
     *
     * @return the number of texts written
     */
    public static int writeBeside(DatasetGraph dsg, Node g, Node act, ActExpression expression, Graph rdf) {
        String path = expression.version().path();
        Node version = NodeFactory.createURI(act.getURI() + "/" + path);
        Node exprNode = rdf.find(Node.ANY, RDF.type.asNode(), ELI.LegalExpression).mapWith(Triple::getSubject)
                .nextOptional().orElseThrow();
        // the version's own description and its expression, as they are
        for (Node s : List.of(version, exprNode)) {
            rdf.find(s, Node.ANY, Node.ANY).forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        dsg.add(g, act, ELI.has_member, version);
        dsg.add(g, act, ELI.is_realized_by, exprNode);
        int n = 0;
        for (Triple t : rdf.find(Node.ANY, LXM.text, Node.ANY).toList()) {
            for (Quad q : versionOf(g, act, t.getSubject(), path, t.getObject())) {
                dsg.add(q);
            }
            n++;
        }
        return n;
    }

    /** The texts of a version written beside the current one that the store does not hold: the import's own check. */
    public static long unstoredBeside(DatasetGraph dsg, Node g, ActExpression expression, Graph rdf) {
        String path = expression.version().path();
        return rdf.find(Node.ANY, LXM.text, Node.ANY).toList().stream()
                .filter(t -> !dsg.contains(g, NodeFactory.createURI(t.getSubject().getURI() + "/" + path), LXM.text, t.getObject()))
                .count();
    }

    private static List<Quad> versionOf(Node g, Node act, Node provision, String versionPath, Node text) {
        Node v = NodeFactory.createURI(provision.getURI() + "/" + versionPath);
        return List.of(new Quad(g, v, ELI.is_member_of, provision), new Quad(g, v, LXM.text, text),
                new Quad(g, v, LXM.textVersion, versionNode(act, versionPath)));
    }
}
