package org.lexmaturity.maturity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * An act's maturity: per dimension the automatic score and level with the evidence that made them, the expert
 * verdict where one exists, and which of the two counts; and the overall level.
 */
public record ActMaturity(Node act, String rulesVersion, String indicatorVersion, List<Dimension> dimensions, Optional<Integer> overall,
                          Optional<Expert> expert) {

    /**
     * One piece of evidence and how much it moved the score ({@code effect}, before the caps).
     * {@code kind}: barrier-finding, enabler-finding, register-barrier, survey.
     */
    public record Evidence(String kind, String code, Optional<Node> resource, Optional<Node> provision, List<String> texts, double effect) {}

    /** {@code counts}: "expert" where an expert verdict exists (and is not "not-applicable"), else "automatic". */
    public record Dimension(Node dimension, double score, int automaticLevel, Optional<String> expertVerdict, Optional<Integer> expertLevel,
                            Optional<String> expertComment, int level, String counts, List<Evidence> evidence) {}

    /** The latest expert assessment of the act: who and when. */
    public record Expert(Node assessment, Instant at, String by) {}
}
