package org.lexmaturity.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the response format: a {@code ?output=} / {@code ?format=} name first, else the Accept header over the
 * formats of the result's kind. When the header accepts none of them the query is answered in the kind's default
 * (SPARQL JSON results, Turtle), as Fuseki does, rather than refused: a browser's {@code text/html}, an
 * {@code application/sparql-results+json} sent with a CONSTRUCT, or {@code text/n3} still get an answer they can
 * read. An unknown name: 400.
 */
public final class Negotiation {
    private Negotiation() {}

    public static ResultFormat choose(ResultFormat.Kind kind, String output, String accept) {
        if (output != null && !output.isBlank()) {
            return ResultFormat.byName(kind, output).orElseThrow(() -> new SparqlError(400,
                    "output '" + output + "' is not one of " + names(kind) + " for this " + (kind == ResultFormat.Kind.RESULTS ? "SELECT or ASK" : "CONSTRUCT or DESCRIBE") + " query"));
        }
        return byAccept(kind, AcceptHeader.parse(accept)).orElse(ResultFormat.of(kind).get(0));
    }

    /** The best format of {@code kind} for the header; the first format of a kind is its default. */
    public static Optional<ResultFormat> byAccept(ResultFormat.Kind kind, AcceptHeader accept) {
        List<String> offers = new ArrayList<>();
        ResultFormat.of(kind).forEach(f -> offers.add(f.mediaType()));
        // the looser types (application/json, text/plain, application/xml) only after every exact one
        ResultFormat.of(kind).forEach(f -> f.alsoAcceptedTypes().stream().filter(t -> !offers.contains(t)).forEach(offers::add));
        return accept.choose(offers).flatMap(type -> ResultFormat.byMediaType(kind, type));
    }

    /**
     * The format of a Linked Data document: {@code ?format=} ({@code html}, {@code ttl}, {@code jsonld}, {@code nt},
     * {@code rdf}) or the Accept header, HTML first for browsers and for clients that take anything. Empty means HTML.
     */
    public static Optional<ResultFormat> document(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (format.trim().equalsIgnoreCase("html")) {
                return Optional.empty();
            }
            return Optional.of(ResultFormat.byName(ResultFormat.Kind.GRAPH, format).orElseThrow(() -> new SparqlError(400,
                    "format '" + format + "' is not one of html, " + names(ResultFormat.Kind.GRAPH))));
        }
        List<String> offers = new ArrayList<>(List.of("text/html", "application/xhtml+xml"));
        ResultFormat.of(ResultFormat.Kind.GRAPH).forEach(f -> offers.add(f.mediaType()));
        String chosen = AcceptHeader.parse(accept).choose(offers).orElseThrow(() -> new SparqlError(406,
                "this document is text/html, " + mediaTypes(ResultFormat.Kind.GRAPH) + "; none is acceptable to 'Accept: " + accept + "'"));
        return chosen.startsWith("text/html") || chosen.equals("application/xhtml+xml") ? Optional.empty()
                : ResultFormat.byMediaType(ResultFormat.Kind.GRAPH, chosen);
    }

    static String names(ResultFormat.Kind kind) {
        return String.join(", ", ResultFormat.of(kind).stream().map(f -> f.names().get(0)).toList());
    }

    static String mediaTypes(ResultFormat.Kind kind) {
        return String.join(", ", ResultFormat.of(kind).stream().map(ResultFormat::mediaType).toList());
    }
}
