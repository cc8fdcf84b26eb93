package org.lexmaturity.register;

import java.util.function.Function;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;

/** Reads barriers, measures and their change records back from the register graph. */
final class RegisterReader {

    private final Graph g;
    private final RegisterRdf rdf;
    /** The name behind an agent IRI: kept in the private accounts graph, not in the register. */
    private final Function<Node, String> names;

    RegisterReader(Graph register, RegisterRdf rdf) {
        this(register, rdf, agent -> "");
    }

    RegisterReader(Graph register, RegisterRdf rdf, Function<Node, String> names) {
        this.g = register;
        this.rdf = rdf;
        this.names = names;
    }

    List<String> ids(Node type) {
        List<String> ids = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> literal(t.getSubject(), DCTerms.identifier.asNode()).ifPresent(ids::add));
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    Optional<Barrier> barrier(String id) {
        Node n = rdf.barrier(id);
        if (!g.contains(n, RDF.type.asNode(), LXM.Barrier)) {
            return Optional.empty();
        }
        return Optional.of(new Barrier(id, texts(n, DCTerms.title.asNode()), texts(n, DCTerms.description.asNode()),
                one(n, LXM.theme), one(n, LXM.barrierType), all(n, LXM.concernsProvision),
                literal(n, LXM.severity).map(Integer::parseInt), all(n, LXM.affectsLifeEvent), one(n, LXM.responsibleMinistry),
                one(n, LXM.proposedAction), one(n, LXM.status).orElseThrow(), history(n), all(n, LXM.supportedBy)));
    }

    Optional<Measure> measure(String id) {
        Node n = rdf.measure(id);
        if (!g.contains(n, RDF.type.asNode(), LXM.Measure)) {
            return Optional.empty();
        }
        List<String> addresses = all(n, LXM.addresses).stream()
                .map(b -> literal(b, DCTerms.identifier.asNode()).orElse(b.getURI().substring(b.getURI().lastIndexOf('/') + 1))).sorted().toList();
        Optional<ActNumber> amending = one(n, LXM.amendingAct).flatMap(a -> literal(a, ELI.id_local)).map(ActNumber::parseLocal);
        return Optional.of(new Measure(id, texts(n, DCTerms.title.asNode()), addresses, one(n, LXM.owner),
                literal(n, LXM.targetDate).map(LocalDate::parse), one(n, LXM.status).orElseThrow(), history(n), amending));
    }

    /** The measures that address a barrier. */
    List<String> measuresOf(String barrierId) {
        List<String> ids = new ArrayList<>();
        g.find(Node.ANY, LXM.addresses, rdf.barrier(barrierId)).forEach(t -> literal(t.getSubject(), DCTerms.identifier.asNode()).ifPresent(ids::add));
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    List<Change> changes(Node resource) {
        List<Change> changes = new ArrayList<>();
        g.find(Node.ANY, PROV.generated, resource).forEach(t -> {
            Node c = t.getSubject();
            Instant at = literal(c, PROV.endedAtTime).map(Instant::parse).orElse(Instant.EPOCH);
            String by = one(c, PROV.wasAssociatedWith).map(names).orElse("");
            changes.add(new Change(at, by, literal(c, LXM.changedFields).orElse("")));
        });
        changes.sort(Comparator.comparing(Change::at));
        return changes;
    }

    /** The newest changes of barriers and measures, newest first. */
    List<BarrierRegister.RecentChange> recentChanges(int limit) {
        List<BarrierRegister.RecentChange> all = new ArrayList<>();
        g.find(Node.ANY, PROV.generated, Node.ANY).forEach(t -> {
            Node resource = t.getObject();
            String kind = g.contains(resource, RDF.type.asNode(), LXM.Barrier) ? "barrier"
                    : g.contains(resource, RDF.type.asNode(), LXM.Measure) ? "measure" : null;
            Optional<String> id = literal(resource, DCTerms.identifier.asNode());
            if (kind == null || id.isEmpty()) {
                return; // a change of something since deleted, or not of the register
            }
            Node c = t.getSubject();
            Instant at = literal(c, PROV.endedAtTime).map(Instant::parse).orElse(Instant.EPOCH);
            String by = one(c, PROV.wasAssociatedWith).map(names).orElse("");
            all.add(new BarrierRegister.RecentChange(kind, id.get(), texts(resource, DCTerms.title.asNode()),
                    new Change(at, by, literal(c, LXM.changedFields).orElse(""))));
        });
        all.sort(Comparator.comparing((BarrierRegister.RecentChange r) -> r.change().at()).reversed()
                .thenComparing(BarrierRegister.RecentChange::id));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    private List<StatusEntry> history(Node n) {
        List<Node> steps = new ArrayList<>(all(n, LXM.statusChange));
        steps.sort(Comparator.comparing(s -> literal(s, LXM.ordinal).map(Integer::parseInt).orElse(0)));
        List<StatusEntry> history = new ArrayList<>();
        for (Node s : steps) {
            history.add(new StatusEntry(LocalDate.parse(literal(s, DCTerms.date.asNode()).orElseThrow()), one(s, LXM.toStatus).orElseThrow(),
                    literal(s, RDFS.comment.asNode())));
        }
        return history;
    }

    private Map<String, String> texts(Node n, Node p) {
        Map<String, String> m = new LinkedHashMap<>();
        g.find(n, p, Node.ANY).forEach(t -> m.put(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()));
        return m;
    }

    private Optional<Node> one(Node n, Node p) {
        return g.find(n, p, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private List<Node> all(Node n, Node p) {
        List<Node> list = new ArrayList<>(g.find(n, p, Node.ANY).mapWith(Triple::getObject).toList());
        list.sort(Comparator.comparing(Node::toString));
        return list;
    }

    private Optional<String> literal(Node n, Node p) {
        return one(n, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
