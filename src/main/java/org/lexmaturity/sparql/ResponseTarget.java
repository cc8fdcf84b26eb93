package org.lexmaturity.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Where a streamed answer goes: the web layer's HTTP response, without this package knowing about Vert.x. Nothing is
 * sent before {@link #begin}, so a failure before it can still become a clean error status.
 */
public interface ResponseTarget {
    /** Sends status 200 with these headers and returns the stream for the body. */
    OutputStream begin(String contentType, Map<String, String> headers) throws IOException;

    /** A header known only once the body is written (HTTP trailer); announce it with a {@code Trailer} header. */
    void trailer(String name, String value);
}
