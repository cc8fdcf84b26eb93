package org.lexmaturity.survey;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lexmaturity.citations.CitationLinker;
import org.lexmaturity.imports.Importer;
import org.lexmaturity.imports.Upload;
import org.lexmaturity.imports.Written;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.store.Subtrees;
import org.lexmaturity.vocab.Vocabulary;

/**
 * A survey export as an {@link Importer}: one unit, the export read through its mapping (given, or inferred from the
 * header row) with every cell checked; validated by turning it into the private and public triples, linking the
 * statute citations of its free text and checking {@code ontology/survey-shapes.ttl}; written by replacing any earlier
 * import of the same survey.
 */
public final class SurveyImporter implements Importer<SurveyData, SurveyImporter.Checked> {
    private static final ShapeValidator SHAPES = ShapeValidator.surveys();
    static final String RESPONSES = "responses";
    static final String ANSWERS = "answers";
    static final String RESOLVED = "citationsResolved";
    static final String UNRESOLVED = "citationsUnresolved";

    /** A mapping given as YAML text, with the name its messages use. */
    public record MappingText(String name, String yaml) {}

    private final String baseIri;
    private final Graphs graphs;
    private final int threshold;
    private final Optional<MappingText> mapping;

    public SurveyImporter(String baseIri, Graphs graphs, int suppressionThreshold, Optional<MappingText> mapping) {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        this.baseIri = baseIri;
        this.graphs = graphs;
        this.threshold = suppressionThreshold;
        this.mapping = mapping;
    }

    /** The survey's triples, checked, with the figures of the import. */
    public record Checked(String surveyId, String surveyIri, Graph privateGraph, Graph publicGraph, Map<String, Integer> counts) {}

    @Override
    public String kind() {
        return "survey";
    }

    @Override
    public String unitName() {
        return "exports";
    }

    @Override
    public String itemName() {
        return "surveys";
    }

    /** XLSX (a zip with {@code [Content_Types].xml}), XLS (an OLE2 file) or delimited text without markup. */
    @Override
    public boolean detects(Upload upload) {
        return looksLikeTable(upload.head());
    }

    static boolean looksLikeTable(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return new String(head, StandardCharsets.ISO_8859_1).contains("[Content_Types].xml");
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
            return true;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        String first = text.lines().findFirst().orElse("");
        return !text.isEmpty() && !text.startsWith("<") && !text.startsWith("{") && !text.startsWith("@")
                && (first.contains(";") || first.contains(",") || first.contains("\t"));
    }

    @Override
    public void read(Upload upload, Units<SurveyData> units) {
        units.accept(upload.name(), readExport(upload));
    }

    /** The export read through its mapping, every cell checked; throws with every problem found. */
    public SurveyData readExport(Upload upload) {
        Spreadsheet table = TableReader.read(upload.name(), upload.bytes(TableReader.MAX_FILE_BYTES));
        SurveyMapping m = mapping.map(t -> MappingFile.read(t.name(), new StringReader(t.yaml()))).orElseGet(() -> MappingInference.infer(table));
        return new SurveyReader().read(table, m);
    }

    @Override
    public Checked validate(SurveyData data, DatasetGraph dsg) {
        String id = data.mapping().surveyId();
        SurveyRdf rdf = new SurveyRdf(baseIri, threshold, SurveyKey.findOrCreate(dsg, graphs));
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
        problems.throwIfAny();
        return new Checked(id, rdf.survey(id).getURI(), privateGraph, publicGraph,
                Map.of(RESPONSES, data.responses().size(), ANSWERS, data.answerCount(), RESOLVED, resolved, UNRESOLVED, unresolved));
    }

    @Override
    public Written write(Checked c, DatasetGraph dsg) {
        boolean replaced = false;
        for (Node g : List.of(graphs.surveysPrivate(), graphs.surveysPublic())) {
            replaced |= Subtrees.remove(dsg.getGraph(g), NodeFactory.createURI(c.surveyIri()));
        }
        GraphUtil.addInto(dsg.getGraph(graphs.surveysPrivate()), c.privateGraph());
        GraphUtil.addInto(dsg.getGraph(graphs.surveysPublic()), c.publicGraph());
        return Written.one(c.surveyId(), replaced, c.counts());
    }
}
