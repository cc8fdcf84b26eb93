package org.lexmaturity.screening;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One screening rule of {@code ontology/indicators.ttl}, without its patterns (the compiled patterns live in
 * {@link IndicatorRules}, so that two equal rules compare equal).
 *
 * @param iri         the indicator concept, {@code https://w3id.org/lexmaturity/ns/indicator/{code}}
 * @param code        the last segment of the IRI ("written-form"); a contract like the other scheme codes
 * @param polarity    barrier, enabler or mitigator
 * @param dimension   the maturity dimension concept it concerns
 * @param barrierType the barrier-type concept a barrier signals; empty for enablers and mitigators
 * @param counters    the barrier types an enabler or mitigator counters; empty for barriers
 * @param weight      how strongly a match counts, 0–1
 * @param label       preferred label by language ("fi", "sv", "en")
 * @param suggestion  rewording for drafters by language; empty where the rule has none
 * @param category    the screening guide's category a match stands for (WF, SIG, …, ELEC-E); empty where none
 */
public record Indicator(Node iri, String code, Polarity polarity, Node dimension, Optional<Node> barrierType,
        List<Node> counters, double weight, Map<String, String> label, Map<String, String> suggestion, Optional<String> category) {

    public Indicator {
        counters = List.copyOf(counters);
        label = Map.copyOf(label);
        suggestion = Map.copyOf(suggestion);
    }

    /** The label in {@code language}, else English, else the code. */
    public String label(String language) {
        return label.getOrDefault(language, label.getOrDefault("en", code));
    }
}
