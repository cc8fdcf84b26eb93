package org.lexmaturity.kernel;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates data against the SHACL shapes in {@code ontology/shapes.ttl} before anything is written. */
public final class ShapeValidator {
    private static final int MAX_LISTED = 10;
    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapeValidator load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read ontology/shapes.ttl", e);
        }
        return new ShapeValidator(Shapes.parse(g));
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
}
