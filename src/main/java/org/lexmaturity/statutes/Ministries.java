package org.lexmaturity.statutes;

import java.io.IOException;
import java.util.Objects;
import java.io.InputStream;
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
import org.lexmaturity.vocab.LXM;

/**
 * Finds the ministry responsible for an act from the titles of its signatories ("Oikeusministeri" → the Ministry
 * of Justice). The titles are data: {@code lxm:ministerTitle} in {@code ontology/ministries.ttl}.
 */
public final class Ministries {
    private final Map<String, Node> byTitle;

    private Ministries(Map<String, Node> byTitle) {
        this.byTitle = byTitle;
    }

    /** Loads the ministries shipped in the jar. */
    public static Ministries load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Ministries.class.getResourceAsStream("/ontology/ministries.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/ministries.ttl is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ontology/ministries.ttl", e);
        }
        Map<String, Node> map = new HashMap<>();
        g.find(Node.ANY, LXM.ministerTitle, Node.ANY).forEach((Triple t) ->
                map.put(key(t.getObject().getLiteralLexicalForm()), t.getSubject()));
        return new Ministries(Map.copyOf(map));
    }

    /** The ministry of the first signatory whose title is a minister's; the President's signature says nothing. */
    public Optional<Node> responsibleFor(List<String> signerRoles) {
        return signerRoles.stream().map(r -> byTitle.get(key(r))).filter(Objects::nonNull).findFirst();
    }

    public int size() {
        return byTitle.size();
    }

    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").trim();
    }
}
