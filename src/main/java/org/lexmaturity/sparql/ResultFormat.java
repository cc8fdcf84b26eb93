package org.lexmaturity.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the endpoint and the Linked Data pages write: SPARQL results (SELECT, ASK) and RDF graphs (CONSTRUCT,
 * DESCRIBE, documents). Each has its media type, the short names {@code ?output=} / {@code ?format=} accept, and the
 * file extension.
 */
public enum ResultFormat {
    RESULTS_JSON(Kind.RESULTS, "application/sparql-results+json", "json", List.of("json", "srj"), List.of("application/json")),
    RESULTS_XML(Kind.RESULTS, "application/sparql-results+xml", "srx", List.of("xml", "srx"), List.of("application/xml", "text/xml")),
    RESULTS_CSV(Kind.RESULTS, "text/csv", "csv", List.of("csv"), List.of()),
    RESULTS_TSV(Kind.RESULTS, "text/tab-separated-values", "tsv", List.of("tsv"), List.of()),
    /** A text table for people, as Fuseki answers {@code text/plain}. */
    RESULTS_TEXT(Kind.RESULTS, "text/plain", "txt", List.of("text", "txt"), List.of()),
    TURTLE(Kind.GRAPH, "text/turtle", "ttl", List.of("turtle", "ttl"), List.of("application/x-turtle")),
    JSON_LD(Kind.GRAPH, "application/ld+json", "jsonld", List.of("jsonld", "json-ld", "json"), List.of("application/json")),
    N_TRIPLES(Kind.GRAPH, "application/n-triples", "nt", List.of("nt", "ntriples", "n-triples"), List.of("text/plain")),
    RDF_XML(Kind.GRAPH, "application/rdf+xml", "rdf", List.of("rdfxml", "rdf", "xml"), List.of("application/xml", "text/xml")),
    /** A graph written as the default graph of a dataset, for clients that take only quads. */
    TRIG(Kind.GRAPH, "application/trig", "trig", List.of("trig"), List.of("text/trig")),
    N_QUADS(Kind.GRAPH, "application/n-quads", "nq", List.of("nq", "nquads", "n-quads"), List.of("text/n-quads", "text/x-nquads"));

    /** What a format can carry. */
    public enum Kind { RESULTS, GRAPH }

    private final Kind kind;
    private final String mediaType;
    private final String extension;
    private final List<String> names;
    private final List<String> alsoAccepted;

    ResultFormat(Kind kind, String mediaType, String extension, List<String> names, List<String> alsoAccepted) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.extension = extension;
        this.names = names;
        this.alsoAccepted = alsoAccepted;
    }

    public Kind kind() {
        return kind;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text formats say their charset. */
    public String contentType() {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }

    public String extension() {
        return extension;
    }

    public static List<ResultFormat> of(Kind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    /** A short name ({@code json}, {@code ttl}) or a media type, among the formats of {@code kind}. */
    public static Optional<ResultFormat> byName(Kind kind, String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return of(kind).stream().filter(f -> f.names.contains(n) || f.mediaType.equals(n)).findFirst();
    }

    /** The formats of {@code kind} that a media type (no wildcards, no parameters) stands for, best first. */
    static Optional<ResultFormat> byMediaType(Kind kind, String type) {
        return of(kind).stream().filter(f -> f.mediaType.equals(type)).findFirst()
                .or(() -> of(kind).stream().filter(f -> f.alsoAccepted.contains(type)).findFirst());
    }

    public List<String> names() {
        return names;
    }

    /** Less exact media types that also select this format, when no exact one is asked for. */
    List<String> alsoAcceptedTypes() {
        return alsoAccepted;
    }

    Lang lang() {
        return switch (this) {
            case RESULTS_JSON -> ResultSetLang.RS_JSON;
            case RESULTS_XML -> ResultSetLang.RS_XML;
            case RESULTS_CSV -> ResultSetLang.RS_CSV;
            case RESULTS_TSV -> ResultSetLang.RS_TSV;
            case RESULTS_TEXT -> ResultSetLang.RS_Text;
            case TURTLE -> Lang.TURTLE;
            case JSON_LD -> Lang.JSONLD;
            case N_TRIPLES -> Lang.NTRIPLES;
            case RDF_XML -> Lang.RDFXML;
            case TRIG -> Lang.TRIG;
            case N_QUADS -> Lang.NQUADS;
        };
    }

    /** How a graph in this format is written; Turtle and N-Triples stream, the others need the whole graph. */
    RDFFormat rdfFormat() {
        return switch (this) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case N_TRIPLES -> RDFFormat.NTRIPLES;
            case JSON_LD -> RDFFormat.JSONLD11;
            case RDF_XML -> RDFFormat.RDFXML_PLAIN;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case N_QUADS -> RDFFormat.NQUADS;
            default -> throw new IllegalStateException(this + " is not an RDF format");
        };
    }

    boolean streams() {
        return this == TURTLE || this == N_TRIPLES || this == TRIG || this == N_QUADS;
    }
}
