package org.lexmaturity.register;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Subtrees;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;

/**
 * Barriers and measures as triples of the register graph. A barrier's own triples (and its status history
 * under its IRI) are rewritten on every change; the record of who changed what and when is kept apart, under
 * {@code id/change/}, so that rewriting a barrier never loses its provenance.
 */
final class RegisterRdf {
    private final String base;

    RegisterRdf(String baseIri) {
        this.base = baseIri;
    }

    Node barrier(String id) {
        return NodeFactory.createURI(base + "id/barrier/" + id);
    }

    Node measure(String id) {
        return NodeFactory.createURI(base + "id/measure/" + id);
    }

    /** The IRI of an amending act: the Finlex ELI for Finnish acts, as the statute importer gives it. */
    static Node act(ActNumber n) {
        return NodeFactory.createURI("http://data.finlex.fi/eli/sd/" + n.year() + "/" + n.number());
    }

    /** Deletes a resource's own triples and those of everything under its IRI (its status history). */
    static boolean remove(Graph g, Node resource) {
        return Subtrees.remove(g, resource);
    }

    void write(Barrier b, Graph g) {
        Node n = barrier(b.id());
        g.add(n, RDF.type.asNode(), LXM.Barrier);
        g.add(n, DCTerms.identifier.asNode(), string(b.id()));
        texts(g, n, DCTerms.title.asNode(), b.title());
        texts(g, n, DCTerms.description.asNode(), b.description());
        b.theme().ifPresent(t -> g.add(n, LXM.theme, t));
        b.type().ifPresent(t -> g.add(n, LXM.barrierType, t));
        b.provisions().forEach(p -> g.add(n, LXM.concernsProvision, p));
        b.severity().ifPresent(s -> g.add(n, LXM.severity, integer(s)));
        b.lifeEvents().forEach(l -> g.add(n, LXM.affectsLifeEvent, l));
        b.ministry().ifPresent(m -> g.add(n, LXM.responsibleMinistry, m));
        b.action().ifPresent(a -> g.add(n, LXM.proposedAction, a));
        b.supportedBy().forEach(a -> g.add(n, LXM.supportedBy, a));
        history(g, n, b.history(), b.status());
    }

    /** Writes {@code m} to {@code g}; the provisions of the barriers it addresses are read from {@code register}. */
    void write(Measure m, Graph g, Graph register) {
        Node n = measure(m.id());
        g.add(n, RDF.type.asNode(), LXM.Measure);
        g.add(n, DCTerms.identifier.asNode(), string(m.id()));
        texts(g, n, DCTerms.title.asNode(), m.title());
        m.addresses().forEach(b -> g.add(n, LXM.addresses, barrier(b)));
        m.owner().ifPresent(o -> g.add(n, LXM.owner, o));
        m.targetDate().ifPresent(d -> g.add(n, LXM.targetDate, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        m.amendingAct().ifPresent(a -> {
            Node act = act(a);
            g.add(n, LXM.amendingAct, act);
            g.add(act, ELI.id_local, string(a.local()));
            // the amending act changes every provision that the addressed barriers concern
            for (String b : m.addresses()) {
                register.find(barrier(b), LXM.concernsProvision, Node.ANY).toList().forEach(t -> g.add(act, ELI.changes, t.getObject()));
            }
        });
        history(g, n, m.history(), m.status());
    }

    private void history(Graph g, Node n, List<StatusEntry> history, Node status) {
        g.add(n, LXM.status, status);
        Node previous = null;
        int i = 0;
        for (StatusEntry step : history) {
            Node change = NodeFactory.createURI(n.getURI() + "/status/" + (++i));
            g.add(n, LXM.statusChange, change);
            g.add(change, RDF.type.asNode(), LXM.StatusChange);
            g.add(change, LXM.ordinal, integer(i));
            g.add(change, DCTerms.date.asNode(), NodeFactory.createLiteralDT(step.date().toString(), XSDDatatype.XSDdate));
            if (previous != null) {
                g.add(change, LXM.fromStatus, previous);
            }
            g.add(change, LXM.toStatus, step.status());
            step.note().ifPresent(note -> g.add(change, RDFS.comment.asNode(), string(note)));
            previous = step.status();
        }
    }

    /** Records that {@code agent} (an IRI from {@code Agents.record}) changed {@code resource} now, touching {@code fields}. */
    void recordChange(Graph g, Node resource, Node agent, String fields, Instant when) {
        Node change = NodeFactory.createURI(base + "id/change/" + UUID.randomUUID());
        g.add(change, RDF.type.asNode(), PROV.Activity);
        g.add(change, PROV.generated, resource);
        g.add(change, PROV.endedAtTime, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
        g.add(change, PROV.wasAssociatedWith, agent);
        g.add(change, LXM.changedFields, string(fields));
        g.add(agent, RDF.type.asNode(), PROV.Agent);
    }

    private static void texts(Graph g, Node n, Node p, Map<String, String> texts) {
        texts.forEach((lang, t) -> g.add(n, p, NodeFactory.createLiteralLang(t, lang)));
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
    }
}
