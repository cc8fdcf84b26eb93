package org.lexmaturity.store;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lexmaturity.vocab.LXM;

/**
 * Keeps the ontology graph equal to the ontology files shipped in the jar ({@code ontology/*.ttl}). It is
 * rewritten only when the files changed, so starting a command costs no write transaction.
 */
public final class Ontology {
    /** The files of {@code ontology/} loaded into the ontology graph, in this order. */
    public static final List<String> FILES = List.of("lexmaturity.ttl", "schemes.ttl", "ministries.ttl", "shapes.ttl", "concept-shapes.ttl",
            "survey-shapes.ttl", "register-shapes.ttl", "indicators.ttl", "maturity.ttl");
    private static final Node CONTENT_HASH = NodeFactory.createURI(LXM.NS + "contentHash");

    private Ontology() {}

    /** Loads the ontology files into the store if they differ from what it holds. Returns true if it wrote. */
    public static boolean install(Store store) {
        byte[][] files = FILES.stream().map(Ontology::read).toArray(byte[][]::new);
        Node hash = NodeFactory.createLiteralString(sha256(files));
        Node graph = store.graphs().ontology();
        boolean current = store.read(dsg -> dsg.contains(graph, graph, CONTENT_HASH, hash));
        if (current) {
            return false;
        }
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < files.length; i++) {
            RDFParser.fromString(new String(files[i], StandardCharsets.UTF_8), Lang.TURTLE)
                    .base(LXM.NS_SCHEMES + FILES.get(i)).parse(g);
        }
        store.writeAll(dsg -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            dsg.add(graph, graph, CONTENT_HASH, hash);
        });
        return true;
    }

    private static byte[] read(String file) {
        try (InputStream in = Ontology.class.getResourceAsStream("/ontology/" + file)) {
            if (in == null) {
                throw new IllegalStateException("ontology/" + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ontology/" + file, e);
        }
    }

    private static String sha256(byte[][] files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] f : files) {
                md.update(f);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
