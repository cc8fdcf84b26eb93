package org.lexmaturity.sparql;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes a whole (small) graph in one of the RDF formats: documents, descriptions, the ontology. */
public final class GraphWriter {
    private GraphWriter() {}

    public static void write(OutputStream out, Graph graph, ResultFormat format) {
        // pretty Turtle for documents people read; the streaming form is for large query results
        RDFFormat f = format == ResultFormat.TURTLE ? RDFFormat.TURTLE_PRETTY : format.rdfFormat();
        RDFDataMgr.write(out, graph, f);
    }
}
