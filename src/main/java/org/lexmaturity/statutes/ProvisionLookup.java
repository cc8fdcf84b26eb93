package org.lexmaturity.statutes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.store.Sparql;

/**
 * Finds the act or provision a {@link ProvisionRef} means among the statutes in the store. Call inside a
 * transaction. A section number that occurs in several chapters, with no chapter given, is ambiguous.
 */
public final class ProvisionLookup {

    /** The resource found, or why none was: {@code problem} is a sentence for the user. */
    public record Outcome(Optional<Node> act, Optional<Node> provision, Optional<String> problem) {
        static Outcome problem(Optional<Node> act, String text) {
            return new Outcome(act, Optional.empty(), Optional.of(text));
        }

        /** The most specific resource found: the provision, else the act. */
        public Optional<Node> resource() {
            return provision.isPresent() ? provision : act;
        }
    }

    private ProvisionLookup() {}

    public static Optional<Node> act(DatasetGraph dsg, ActNumber number) {
        return Sparql.select(dsg, "find-act", Map.of("local", NodeFactory.createLiteralString(number.local())))
                .stream().findFirst().flatMap(r -> r.get("act"));
    }

    public static Outcome find(DatasetGraph dsg, ProvisionRef ref) {
        Optional<Node> act = act(dsg, ref.act());
        if (act.isEmpty()) {
            return Outcome.problem(act, "act " + ref.act() + " is not in the store");
        }
        if (ref.section().isEmpty()) {
            return new Outcome(act, Optional.empty(), Optional.empty());
        }
        List<Sparql.Row> sections = Sparql.select(dsg, "find-sections",
                Map.of("act", act.get(), "number", NodeFactory.createLiteralString(ref.section().get())));
        if (ref.chapter().isPresent()) {
            sections = sections.stream().filter(r -> r.get("chapter").map(c -> c.getLiteralLexicalForm().equalsIgnoreCase(ref.chapter().get())).orElse(false)).toList();
        }
        String where = ref.chapter().map(c -> "chapter " + c + ", ").orElse("") + "section " + ref.section().get();
        if (sections.isEmpty()) {
            return Outcome.problem(act, "act " + ref.act() + " has no " + where);
        }
        if (sections.size() > 1) {
            return Outcome.problem(act, "act " + ref.act() + " has section " + ref.section().get() + " in several chapters; name the chapter");
        }
        Node section = sections.get(0).get("section").orElseThrow();
        if (ref.subsection().isEmpty()) {
            return new Outcome(act, Optional.of(section), Optional.empty());
        }
        Optional<Node> sub = Sparql.select(dsg, "find-subsection",
                Map.of("provision", section, "number", NodeFactory.createLiteralString(ref.subsection().get())))
                .stream().findFirst().flatMap(r -> r.get("subsection"));
        return sub.map(s -> new Outcome(act, Optional.of(s), Optional.empty()))
                .orElseGet(() -> Outcome.problem(act, "act " + ref.act() + ", " + where + " has no subsection " + ref.subsection().get()));
    }
}
