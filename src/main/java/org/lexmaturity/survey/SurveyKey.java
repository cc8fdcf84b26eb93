package org.lexmaturity.survey;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.vocab.LXM;

/**
 * The secret that response IRIs are keyed with (HMAC-SHA-256 of survey and respondent id). Without it, anyone
 * could recompute the IRI of "R017" and learn from a public barrier which organisation reported it. It lives in
 * the private survey graph, so a backup carries it and a restored store mints the same IRIs.
 */
public final class SurveyKey {
    private SurveyKey() {}

    private static Node subject(Graphs graphs) {
        return NodeFactory.createURI(graphs.surveysPrivate().getURI() + "#key");
    }

    /** The key, if any survey has been imported. Call inside a transaction. */
    public static Optional<byte[]> find(DatasetGraph dsg, Graphs graphs) {
        Graph g = dsg.getGraph(graphs.surveysPrivate());
        return g.find(subject(graphs), LXM.secretKey, Node.ANY).nextOptional()
                .map(t -> HexFormat.of().parseHex(t.getObject().getLiteralLexicalForm()));
    }

    /** The key, made and stored on first use. Call inside a write transaction. */
    public static byte[] findOrCreate(DatasetGraph dsg, Graphs graphs) {
        return find(dsg, graphs).orElseGet(() -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            dsg.getGraph(graphs.surveysPrivate()).add(subject(graphs), LXM.secretKey, NodeFactory.createLiteralString(HexFormat.of().formatHex(key)));
            return key;
        });
    }
}
