package org.lexmaturity.register;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.vocab.Vocabulary;

/**
 * The triples one register change writes, held apart from the register graph until they pass
 * {@code ontology/register-shapes.ttl}; only then are they added. Used inside the change's write transaction, so
 * a refusal aborts everything the change did (the removal of the old version included).
 */
final class StagedWrite {
    private static final ShapeValidator SHAPES = ShapeValidator.register();

    private final Graph register;
    private final Graph staged = GraphFactory.createDefaultGraph();

    StagedWrite(Graph register) {
        this.register = register;
    }

    /** Where the change writes its triples. */
    Graph graph() {
        return staged;
    }

    /** The register as it will be, for reading only: the staged triples over what the register holds. */
    Graph view() {
        return new MultiUnion(new Graph[] {staged, register});
    }

    /** Validates the staged triples, with the register and the vocabularies to look up what they refer to; adds them if they pass, else throws with every violation. */
    void commit(Problems problems) {
        SHAPES.check(staged, new MultiUnion(new Graph[] {register, Vocabulary.shipped().graph()}), problems);
        problems.throwIfAny();
        GraphUtil.addInto(register, staged);
    }
}
