package org.lexmaturity.sparql;

import java.util.List;

/**
 * One SPARQL Protocol query request, as the web layer read it from the URL, the form or the body.
 *
 * @param query the query text (null when the request has none)
 * @param defaultGraphUris {@code default-graph-uri} values: replace the query's FROM when any is given
 * @param namedGraphUris {@code named-graph-uri} values: replace the query's FROM NAMED when any is given
 * @param accept the Accept header (null: anything)
 * @param output {@code output=} or {@code format=}: a short format name or media type that overrides Accept
 * @param timeout {@code timeout=}: seconds the client is willing to wait, at most the server's limit (null: the limit)
 */
public record QueryRequest(String query, List<String> defaultGraphUris, List<String> namedGraphUris, String accept, String output, String timeout) {
    public QueryRequest {
        defaultGraphUris = List.copyOf(defaultGraphUris);
        namedGraphUris = List.copyOf(namedGraphUris);
    }
}
