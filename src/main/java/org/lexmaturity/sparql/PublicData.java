package org.lexmaturity.sparql;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.lexmaturity.store.Sparql;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;

/**
 * The public graphs as downloads (TriG, gzipped N-Quads), streamed graph by graph from one read transaction, and
 * the DCAT + VoID description of the dataset: distributions, licence, SPARQL endpoint, triples per graph.
 */
public final class PublicData {
    /** The dumps offered, with their file names. */
    public enum Dump {
        TRIG("lexmaturity-public.trig", "application/trig", RDFFormat.TRIG_BLOCKS, false),
        NQUADS_GZ("lexmaturity-public.nq.gz", "application/n-quads", RDFFormat.NQUADS, true);

        private final String fileName;
        private final String mediaType;
        private final RDFFormat format;
        private final boolean gzip;

        Dump(String fileName, String mediaType, RDFFormat format, boolean gzip) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.format = format;
            this.gzip = gzip;
        }

        public String fileName() {
            return fileName;
        }

        /** The media type of the file as sent: gzip for the compressed dump. */
        public String contentType() {
            return gzip ? "application/gzip" : mediaType;
        }

        /** The RDF media type of the content (inside the gzip, for the compressed dump). */
        public String rdfMediaType() {
            return mediaType;
        }
    }

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    /** The vocabularies the public graphs use, for void:vocabulary. */
    private static final List<String> VOCABULARIES = List.of(LXM.NS, "http://data.europa.eu/eli/ontology#", "http://www.w3.org/2004/02/skos/core#",
            DCT, "http://www.w3.org/ns/prov#", "http://purl.org/linked-data/cube#", "http://rdf-vocabulary.ddialliance.org/discovery#",
            "http://www.w3.org/ns/org#");

    private final Store store;
    private final PublicView view;
    private final String baseIri;

    public PublicData(Store store, PublicView view) {
        this.store = store;
        this.view = view;
        this.baseIri = store.config().baseIri();
    }

    /** Writes a dump of every public graph to {@code out} (closed at the end); blocks until written. */
    public void write(Dump dump, OutputStream out) {
        // a failure (the client went away) comes out of the transaction as a value, see QueryEndpoint.execute
        RuntimeException failure = store.read(all -> {
            try {
                writeGraphs(view.over(all), dump, out);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (failure != null) {
            throw failure;
        }
    }

    private void writeGraphs(DatasetGraph dsg, Dump dump, OutputStream out) {
        {
            try (OutputStream target = dump.gzip ? new GZIPOutputStream(out, 64 * 1024) : out) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(target, dump.format);
                stream.start();
                if (dump.format.getLang().equals(Lang.TRIG)) {
                    Graph prefixed = GraphFactory.createDefaultGraph();
                    LinkedData.prefixes(prefixed);
                    prefixed.getPrefixMapping().getNsPrefixMap().forEach(stream::prefix);
                }
                for (Node g : view.graphs()) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                }
                stream.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Triples in each public graph (graphs without any are left out). */
    public Map<Node, Long> triplesPerGraph() {
        return store.read(all -> {
            Map<Node, Long> counts = new LinkedHashMap<>();
            for (Sparql.Row row : Sparql.select(view.over(all), "count-triples-by-graph")) {
                Node g = row.get("graph").orElseThrow();
                if (view.isVisible(g)) {
                    counts.put(g, row.number("n"));
                }
            }
            return counts;
        });
    }

    /** The dataset's IRI. */
    public String datasetIri() {
        return baseIri + "data#dataset";
    }

    public String dumpIri(Dump dump) {
        return baseIri + "data/" + dump.fileName();
    }

    /** The DCAT + VoID description of the public dataset. */
    public Graph description() {
        Map<Node, Long> counts = triplesPerGraph();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("dcat", DCAT).setNsPrefix("void", VOID).setNsPrefix("dct", DCT).setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        Node ds = uri(datasetIri());
        g.add(ds, RDF.Nodes.type, uri(DCAT + "Dataset"));
        g.add(ds, RDF.Nodes.type, uri(VOID + "Dataset"));
        g.add(ds, uri(DCT + "title"), lang("Lexmaturity – lainsäädännön digikypsyyden avoin data", "fi"));
        g.add(ds, uri(DCT + "title"), lang("Lexmaturity – öppna data om lagstiftningens digitala mognad", "sv"));
        g.add(ds, uri(DCT + "title"), lang("Lexmaturity – open data on the digital maturity of legislation", "en"));
        g.add(ds, uri(DCT + "description"), lang("Statutes (ELI), legislative barriers to digitalisation, the measures that remove them, "
                + "maturity assessments, screening findings and anonymised survey aggregates. Personal data and raw survey answers are not included.", "en"));
        g.add(ds, uri(DCT + "license"), uri(LICENCE));
        g.add(ds, uri(VOID + "sparqlEndpoint"), uri(baseIri + "sparql"));
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(baseIri + "id/"));
        g.add(ds, uri(VOID + "triples"), integer(counts.values().stream().mapToLong(Long::longValue).sum()));
        VOCABULARIES.forEach(v -> g.add(ds, uri(VOID + "vocabulary"), uri(v)));
        for (Dump dump : Dump.values()) {
            Node dist = uri(dumpIri(dump));
            g.add(ds, uri(VOID + "dataDump"), dist);
            g.add(ds, uri(DCAT + "distribution"), dist);
            g.add(dist, RDF.Nodes.type, uri(DCAT + "Distribution"));
            g.add(dist, uri(DCAT + "downloadURL"), dist);
            g.add(dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + dump.rdfMediaType()));
            if (dump.gzip) {
                g.add(dist, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
            }
            g.add(dist, uri(DCT + "license"), uri(LICENCE));
            g.add(dist, uri(DCT + "title"), lang(dump.fileName(), "en"));
        }
        Node service = uri(baseIri + "sparql");
        g.add(ds, uri(DCAT + "distribution"), uri(baseIri + "sparql#distribution"));
        g.add(uri(baseIri + "sparql#distribution"), RDF.Nodes.type, uri(DCAT + "Distribution"));
        g.add(uri(baseIri + "sparql#distribution"), uri(DCAT + "accessURL"), service);
        g.add(uri(baseIri + "sparql#distribution"), uri(DCAT + "accessService"), service);
        g.add(service, RDF.Nodes.type, uri(DCAT + "DataService"));
        g.add(service, uri(DCAT + "endpointURL"), service);
        g.add(service, uri(DCAT + "servesDataset"), ds);
        g.add(service, uri(DCT + "conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        counts.forEach((graph, n) -> {
            Node subset = NodeFactory.createBlankNode();
            g.add(ds, uri(VOID + "subset"), subset);
            g.add(subset, RDF.Nodes.type, uri(VOID + "Dataset"));
            g.add(subset, uri("http://www.w3.org/ns/sparql-service-description#name"), graph);
            g.add(subset, uri(VOID + "triples"), integer(n));
        });
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lang(String text, String tag) {
        return NodeFactory.createLiteralLang(text, tag);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }
}
