package org.lexmaturity.survey;

import org.lexmaturity.kernel.Problems;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lexmaturity.citations.CitationLinker;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.Subtrees;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Imports one survey export: read, map, check every cell, turn it into triples, validate them against
 * {@code ontology/survey-shapes.ttl}, then write the private and public graphs in one transaction. Importing a
 * survey with the same identifier again replaces it.
 */
public final class SurveyImport {
    private static final ShapeValidator SHAPES = ShapeValidator.surveys();
    private final Store store;
    private final int threshold;

    public record Result(String surveyId, int responses, int answers, boolean replaced, int citationsResolved, int citationsUnresolved) {}

    public SurveyImport(Store store, int suppressionThreshold) {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        this.store = store;
        this.threshold = suppressionThreshold;
    }

    /** The mapping that will be used: the given file, or one inferred from the export. */
    public static SurveyMapping mapping(Spreadsheet table, Optional<Path> mappingFile) {
        return mappingFile.map(MappingFile::read).orElseGet(() -> MappingInference.infer(table));
    }

    /** Reads and checks the export without writing anything; throws with every problem found. */
    public static SurveyData check(Spreadsheet table, SurveyMapping mapping) {
        return new SurveyReader().read(table, mapping);
    }

    public Result importFile(Path file, Optional<Path> mappingFile) {
        Spreadsheet table = TableReader.read(file);
        return importData(check(table, mapping(table, mappingFile)));
    }

    public Result importData(SurveyData data) {
        String id = data.mapping().surveyId();
        return store.write(dsg -> {
            SurveyRdf rdf = new SurveyRdf(store.config().baseIri(), threshold, SurveyKey.findOrCreate(dsg, store.graphs()));
            boolean replaced = remove(dsg, rdf.survey(id).getURI());
            // written to memory first, so that the shapes see exactly this import's triples before the store does
            Graph privateGraph = GraphFactory.createDefaultGraph();
            Graph publicGraph = GraphFactory.createDefaultGraph();
            rdf.writePrivate(data, privateGraph);
            rdf.writePublic(data, publicGraph);
            // statute citations in free text link answers to provisions; they stay beside the text, in private
            CitationLinker linker = new CitationLinker(dsg);
            int resolved = 0;
            int unresolved = 0;
            for (SurveyData.Response r : data.responses()) {
                for (SurveyData.Answer a : r.answers().values()) {
                    if (a.text().isPresent()) {
                        CitationLinker.Counts c = linker.link(rdf.answer(id, r.respondentId(), a.question().id()), a.text().get(), privateGraph);
                        resolved += c.resolved();
                        unresolved += c.unresolved();
                    }
                }
            }
            Problems problems = new Problems(data.source());
            SHAPES.check(new MultiUnion(new Graph[] {privateGraph, publicGraph}), Vocabulary.shipped().graph(), problems);
            problems.throwIfAny(); // aborts the transaction: the earlier import of the survey stays
            GraphUtil.addInto(dsg.getGraph(store.graphs().surveysPrivate()), privateGraph);
            GraphUtil.addInto(dsg.getGraph(store.graphs().surveysPublic()), publicGraph);
            return new Result(id, data.responses().size(), data.answerCount(), replaced, resolved, unresolved);
        });
    }

    /** Deletes every triple about the survey or anything under its IRI; true if there was any. */
    private boolean remove(DatasetGraph dsg, String iri) {
        boolean any = false;
        for (Node g : List.of(store.graphs().surveysPrivate(), store.graphs().surveysPublic())) {
            any |= Subtrees.remove(dsg.getGraph(g), NodeFactory.createURI(iri));
        }
        return any;
    }
}
