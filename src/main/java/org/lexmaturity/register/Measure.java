package org.lexmaturity.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.lexmaturity.statutes.ActNumber;

/** A checked measure: the phase-two follow-up object that removes one or more barriers. */
public record Measure(String id, Map<String, String> title, List<String> addresses, Optional<Node> owner,
                      Optional<LocalDate> targetDate, Node status, List<StatusEntry> history,
                      Optional<ActNumber> amendingAct) {
    public Measure {
        title = Map.copyOf(title);
        addresses = List.copyOf(addresses);
        history = List.copyOf(history);
    }
}
