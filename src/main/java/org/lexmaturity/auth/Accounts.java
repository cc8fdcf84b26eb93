package org.lexmaturity.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;

/**
 * Local accounts, kept in the store's private accounts graph (so a backup carries them and they are never public):
 * name, role, creation time and a slow password hash. Every change is one write transaction.
 */
public final class Accounts {
    /** Lower-case letters, digits and {@code . _ @ -}: safe in IRIs, logs and provenance, 1–64 characters. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    public static final int MIN_PASSWORD = 12;
    private static final Node ACCOUNT = LXM.term("Account");
    private static final Node ROLE = LXM.term("role");
    private static final Node PASSWORD_HASH = LXM.term("passwordHash");
    private static final Node NAME_PROPERTY = FOAF.accountName.asNode();

    private final Store store;

    public Accounts(Store store) {
        this.store = store;
    }

    /** Creates an account; refuses a taken or malformed name, a short password, or the anonymous role. */
    public Account create(String name, char[] password, Role role) {
        checkName(name);
        checkPassword(password);
        if (role == Role.ANONYMOUS) {
            throw new IllegalArgumentException("an account needs a role: reader, analyst or admin");
        }
        String hash = PasswordHash.hash(password); // slow: outside the write transaction
        Instant now = Instant.now();
        store.writeAll(dsg -> {
            Graph g = graph(dsg);
            Node s = subject(name);
            if (g.contains(s, RDF.type.asNode(), ACCOUNT)) {
                throw new IllegalArgumentException("an account named " + name + " exists already");
            }
            g.add(s, RDF.type.asNode(), ACCOUNT);
            g.add(s, NAME_PROPERTY, NodeFactory.createLiteralString(name));
            g.add(s, ROLE, NodeFactory.createLiteralString(role.id()));
            g.add(s, PASSWORD_HASH, NodeFactory.createLiteralString(hash));
            g.add(s, DCTerms.created.asNode(), NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
        });
        return new Account(name, role, now);
    }

    /**
     * The account when name and password match. Takes the same time whether the name is unknown or the password is
     * wrong, so neither can be told apart.
     */
    public Optional<Account> verify(String name, char[] password) {
        Optional<Stored> stored = name == null ? Optional.empty() : store.read(dsg -> find(dsg, name));
        if (stored.isEmpty()) {
            PasswordHash.verifyNothing(password);
            return Optional.empty();
        }
        return PasswordHash.verify(password, stored.get().hash()) ? Optional.of(stored.get().account()) : Optional.empty();
    }

    public Optional<Account> get(String name) {
        return store.read(dsg -> find(dsg, name)).map(Stored::account);
    }

    public List<Account> list() {
        return store.read(dsg -> {
            List<Account> out = new ArrayList<>();
            graph(dsg).find(Node.ANY, RDF.type.asNode(), ACCOUNT).forEachRemaining(t ->
                    literal(graph(dsg), t.getSubject(), NAME_PROPERTY).flatMap(n -> find(dsg, n)).ifPresent(s -> out.add(s.account())));
            out.sort(Comparator.comparing(Account::name));
            return out;
        });
    }

    public boolean anyAdmin() {
        return list().stream().anyMatch(a -> a.role() == Role.ADMIN);
    }

    public void setPassword(String name, char[] password) {
        checkPassword(password);
        String hash = PasswordHash.hash(password);
        store.writeAll(dsg -> {
            Node s = existing(dsg, name);
            replace(graph(dsg), s, PASSWORD_HASH, NodeFactory.createLiteralString(hash));
        });
    }

    public void setRole(String name, Role role) {
        if (role == Role.ANONYMOUS) {
            throw new IllegalArgumentException("an account needs a role: reader, analyst or admin");
        }
        store.writeAll(dsg -> {
            Node s = existing(dsg, name);
            replace(graph(dsg), s, ROLE, NodeFactory.createLiteralString(role.id()));
            requireAnAdmin(dsg);
        });
    }

    public void remove(String name) {
        store.writeAll(dsg -> {
            Node s = existing(dsg, name);
            graph(dsg).remove(s, Node.ANY, Node.ANY);
            requireAnAdmin(dsg);
        });
    }

    private record Stored(Account account, String hash) {}

    private Optional<Stored> find(DatasetGraph dsg, String name) {
        Graph g = graph(dsg);
        Node s = subject(name);
        if (!NAME.matcher(name).matches() || !g.contains(s, RDF.type.asNode(), ACCOUNT)) {
            return Optional.empty();
        }
        Role role = literal(g, s, ROLE).flatMap(Role::parse).orElse(Role.ANONYMOUS);
        Instant created = literal(g, s, DCTerms.created.asNode()).map(Instant::parse).orElse(Instant.EPOCH);
        String hash = literal(g, s, PASSWORD_HASH).orElse("");
        return Optional.of(new Stored(new Account(name, role, created), hash));
    }

    private Node existing(DatasetGraph dsg, String name) {
        if (find(dsg, name).isEmpty()) {
            throw new IllegalArgumentException("no account named " + name);
        }
        return subject(name);
    }

    /** Removing or demoting the last administrator would lock everyone out of account management. */
    private void requireAnAdmin(DatasetGraph dsg) {
        boolean any = graph(dsg).find(Node.ANY, ROLE, NodeFactory.createLiteralString(Role.ADMIN.id())).hasNext();
        if (!any) {
            throw new IllegalArgumentException("the last administrator cannot be removed or demoted");
        }
    }

    private static void replace(Graph g, Node s, Node p, Node o) {
        g.remove(s, p, Node.ANY);
        g.add(Triple.create(s, p, o));
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private Graph graph(DatasetGraph dsg) {
        return dsg.getGraph(store.graphs().accounts());
    }

    private Node subject(String name) {
        return NodeFactory.createURI(store.config().baseIri() + "id/account/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an account name is 1–64 lower-case letters, digits or . _ @ - (got \"" + name + "\")");
        }
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
    }
}
