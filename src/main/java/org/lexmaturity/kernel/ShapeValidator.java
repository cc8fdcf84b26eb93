package org.lexmaturity.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;

/**
 * Validates data against SHACL shapes shipped in {@code ontology/} before anything is written: statutes against
 * {@code shapes.ttl}, surveys against {@code survey-shapes.ttl}, the register against {@code register-shapes.ttl}.
 */
public final class ShapeValidator {
    private static final int MAX_LISTED = 10;
    /** Shapes for values from the shipped vocabularies, which the survey and register shapes refer to. */
    private static final String CONCEPTS = "concept-shapes.ttl";
    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private ShapeValidator(Shapes shapes, PrefixMapping prefixes) {
        this.shapes = shapes;
        this.prefixes = prefixes;
    }

    /** The statute shapes. */
    public static ShapeValidator load() {
        return load("shapes.ttl");
    }

    /** The shapes of what a survey import writes. */
    public static ShapeValidator surveys() {
        return load("survey-shapes.ttl", CONCEPTS);
    }

    /** The shapes of what the register writes. */
    public static ShapeValidator register() {
        return load("register-shapes.ttl", CONCEPTS);
    }

    /** The shapes of the named files of {@code ontology/}, as one shapes graph. */
    public static ShapeValidator load(String... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String file : files) {
            try (InputStream in = ShapeValidator.class.getResourceAsStream("/ontology/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("ontology/" + file + " is missing from the class path");
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read ontology/" + file, e);
            }
        }
        return new ShapeValidator(Shapes.parse(g), g.getPrefixMapping());
    }

    /** Throws an {@link ImportException} naming {@code source} and listing the violations (up to ten). */
    public void check(Graph data, String source) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) {
            return;
        }
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        String listed = entries.stream().limit(MAX_LISTED)
                .map(e -> "<" + e.focusNode() + ">" + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message())
                .collect(Collectors.joining("; "));
        String more = entries.size() > MAX_LISTED ? " (and " + (entries.size() - MAX_LISTED) + " more)" : "";
        throw new ImportException(source, "", "fails the SHACL shapes: " + listed + more);
    }

    /**
     * Validates the resources that {@code staged} (the triples about to be written) holds and the shapes target;
     * what they refer to is looked up in {@code staged} and in {@code context} (the vocabularies, what the store
     * already holds), but only the staged resources are checked, so data written earlier never blocks a new write.
     * Each violation is added to {@code problems}, placed at its resource and named by its path.
     */
    public void check(Graph staged, Graph context, Problems problems) {
        Graph data = new MultiUnion(new Graph[] {staged, context});
        ValidationContext vc = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(staged, shape)) {
                ValidationProc.execValidateShape(vc, data, shape, focus);
            }
        }
        for (ReportEntry e : vc.generateReport().getEntries()) {
            String path = e.resultPath() == null ? "" : " at " + PathWriter.asString(e.resultPath(), new Prologue(prefixes));
            String value = e.value() == null || e.resultPath() == null ? "" : " (value " + term(e.value()) + ")";
            problems.add("resource " + term(e.focusNode()), "fails the SHACL shapes" + path + ": " + e.message() + value);
        }
    }

    private String term(Node n) {
        if (n.isURI()) {
            String s = prefixes.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        return n.toString(prefixes);
    }
}
