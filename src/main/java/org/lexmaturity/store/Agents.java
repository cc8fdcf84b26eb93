package org.lexmaturity.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.lexmaturity.vocab.LXM;

/**
 * Who made a change, as provenance records it. An account name may be a person's name, and personal data never leaves
 * the private graphs: the public graphs name the agent by a pseudonymous IRI (an HMAC of the name with an installation
 * key), and only the private accounts graph holds the IRI's name. Readers see names; the public endpoint and dumps
 * cannot.
 */
public final class Agents {
    private Agents() {}

    /** The agent's IRI, its name recorded in the private accounts graph. Call inside a write transaction. */
    public static Node record(DatasetGraph dsg, Graphs graphs, String name) {
        Node agent = NodeFactory.createURI(graphs.baseIri() + "id/agent/" + pseudonym(key(dsg, graphs), name));
        Graph accounts = dsg.getGraph(graphs.accounts());
        Node label = NodeFactory.createLiteralString(name);
        if (!accounts.contains(agent, RDFS.label.asNode(), label)) {
            accounts.add(agent, RDFS.label.asNode(), label);
        }
        return agent;
    }

    /**
     * The name behind an agent IRI: from the accounts graph, else a label in any graph (records made before names
     * were kept private), else empty. Call inside a transaction.
     */
    public static String name(DatasetGraph dsg, Graphs graphs, Node agent) {
        var own = dsg.getGraph(graphs.accounts()).find(agent, RDFS.label.asNode(), Node.ANY);
        if (own.hasNext()) {
            return own.next().getObject().getLiteralLexicalForm();
        }
        var any = dsg.find(Node.ANY, agent, RDFS.label.asNode(), Node.ANY);
        return any.hasNext() ? any.next().getObject().getLiteralLexicalForm() : "";
    }

    private static String pseudonym(byte[] key, String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("agent:" + name).getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] key(DatasetGraph dsg, Graphs graphs) {
        Graph accounts = dsg.getGraph(graphs.accounts());
        Node subject = NodeFactory.createURI(graphs.accounts().getURI() + "#agent-key");
        var found = accounts.find(subject, LXM.secretKey, Node.ANY);
        if (found.hasNext()) {
            return HexFormat.of().parseHex(found.next().getObject().getLiteralLexicalForm());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        accounts.add(subject, LXM.secretKey, NodeFactory.createLiteralString(HexFormat.of().formatHex(key)));
        return key;
    }
}
