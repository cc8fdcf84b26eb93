package org.lexmaturity.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The SPARQL queries of the application, one operation per {@code .rq} file under {@code /sparql/} on the class
 * path. Each is parsed once; inputs are written {@code $name} in the file and bound by {@link Sparql}, never
 * spliced into the text.
 */
public final class QueryFiles {
    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    /** The parsed query {@code /sparql/{name}.rq}; a missing or broken file is a programming error. */
    public static Query get(String name) {
        return CACHE.computeIfAbsent(name, QueryFiles::load);
    }

    public static String text(String name) {
        try (InputStream in = QueryFiles.class.getResourceAsStream("/sparql/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("no query file sparql/" + name + ".rq");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read sparql/" + name + ".rq", e);
        }
    }

    private static Query load(String name) {
        try {
            return QueryFactory.create(text(name));
        } catch (QueryParseException e) {
            throw new IllegalStateException("sparql/" + name + ".rq does not parse: " + e.getMessage(), e);
        }
    }

    private QueryFiles() {}
}
