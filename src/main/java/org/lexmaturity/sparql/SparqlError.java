package org.lexmaturity.sparql;

/**
 * A request the endpoint will not or cannot answer, with the HTTP status it deserves (Fuseki's mapping: bad request
 * 400, not acceptable 406, wrong body type 415, query timed out 503) and a short message naming the operation.
 */
public class SparqlError extends RuntimeException {
    private final int status;

    public SparqlError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
