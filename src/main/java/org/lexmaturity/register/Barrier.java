package org.lexmaturity.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** A checked barrier: every reference is resolved to a node of the store or of a shipped vocabulary. */
public record Barrier(String id, Map<String, String> title, Map<String, String> description, Optional<Node> theme,
                      Optional<Node> type, List<Node> provisions, Optional<Integer> severity, List<Node> lifeEvents,
                      Optional<Node> ministry, Optional<Node> action, Node status, List<StatusEntry> history,
                      List<Node> supportedBy) {
    public Barrier {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        provisions = List.copyOf(provisions);
        lifeEvents = List.copyOf(lifeEvents);
        history = List.copyOf(history);
        supportedBy = List.copyOf(supportedBy);
    }
}
