package org.lexmaturity.citations;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.ProvisionLookup;
import org.lexmaturity.statutes.ProvisionRef;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;

/**
 * Links statute citations in free text to the acts and provisions in the store. Each citation found becomes an
 * {@code lxm:Citation} beside the text it came from (so in the private graph for survey answers), with the
 * span, what it names, and whether it resolved; an ambiguous or unknown one is kept unresolved with the reason.
 * Call inside the write transaction that stores the texts.
 */
public final class CitationLinker {
    /** Counts of one linking run. */
    public record Counts(int resolved, int unresolved) {}

    private final DatasetGraph dsg;
    private final CitationFinder finder;

    public CitationLinker(DatasetGraph dsg) {
        this.dsg = dsg;
        StatuteNames names = StatuteNames.standard();
        // acts in the store are cited by their full titles too: "lain kuolinpesän selvitysilmoituksesta 5 §"
        for (Sparql.Row r : Sparql.select(dsg, "list-act-titles")) {
            try {
                Node title = r.get("title").orElseThrow();
                names.add(ActNumber.parseLocal(r.string("local")), title.getLiteralLexicalForm(), title.getLiteralLanguage());
            } catch (IllegalArgumentException e) {
                // an act numbered in another country's style cannot be cited in the Finnish form
            }
        }
        this.finder = new CitationFinder(names);
    }

    /** Finds and links the citations in {@code text}, adding them to {@code graph} under {@code source}'s IRI. */
    public Counts link(Node source, String text, Graph graph) {
        int resolved = 0;
        int unresolved = 0;
        int n = 0;
        for (CitationMatch m : finder.find(text)) {
            Node c = NodeFactory.createURI(source.getURI() + "/citation/" + (++n));
            graph.add(c, RDF.type.asNode(), LXM.Citation);
            graph.add(c, PROV.wasDerivedFrom, source);
            graph.add(c, LXM.citationText, NodeFactory.createLiteralString(m.text()));
            graph.add(c, LXM.matchStart, integer(m.start()));
            graph.add(c, LXM.matchEnd, integer(m.end()));
            m.act().ifPresent(a -> graph.add(c, LXM.citedActNumber, NodeFactory.createLiteralString(a.local())));
            m.chapter().ifPresent(s -> graph.add(c, LXM.citedChapter, NodeFactory.createLiteralString(s)));
            m.section().ifPresent(s -> graph.add(c, LXM.citedSection, NodeFactory.createLiteralString(s)));
            Optional<String> problem = resolve(m, c, graph);
            problem.ifPresent(p -> graph.add(c, RDFS.comment.asNode(), NodeFactory.createLiteralLang(p, "en")));
            graph.add(c, LXM.resolved, NodeFactory.createLiteralDT(String.valueOf(problem.isEmpty()), XSDDatatype.XSDboolean));
            if (problem.isEmpty()) {
                resolved++;
            } else {
                unresolved++;
            }
        }
        return new Counts(resolved, unresolved);
    }

    /** Adds citedAct/citedProvision where found; returns why it did not resolve, if it did not. */
    private Optional<String> resolve(CitationMatch m, Node c, Graph graph) {
        if (m.outcome() == CitationMatch.Outcome.AMBIGUOUS) {
            return Optional.of("ambiguous: the name fits " + String.join(", ", m.candidates().stream().map(ActNumber::local).toList()));
        }
        if (m.act().isEmpty()) {
            return Optional.of("unknown act name; add it to ontology/statute-names.ttl");
        }
        ProvisionRef ref = new ProvisionRef(m.act().get(), m.chapter(), m.section(), m.subsection());
        ProvisionLookup.Outcome found = ProvisionLookup.find(dsg, ref);
        found.act().ifPresent(a -> graph.add(c, LXM.citedAct, a));
        found.provision().ifPresent(p -> graph.add(c, LXM.citedProvision, p));
        return found.problem();
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
    }

}
