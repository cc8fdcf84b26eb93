package org.lexmaturity.web.http;

import java.util.Locale;
import java.util.Set;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses the bodies of the pages' forms (url-encoded fields and multipart file uploads) before anything else reads
 * them, so the CSRF check sees the token field. The JSON API reads its own bodies ({@link RawBody}).
 */
public final class FormBody {
    /** The largest upload a form accepts: a survey export or a draft bill. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Page routes: everything that is not the API or the SPARQL endpoint, which read their own bodies. */
    private static final String PAGE_PATHS = "^/(?!api/|sparql).*";

    private FormBody() {}

    public static void mount(Router router) {
        Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "lexmaturity-uploads");
        router.routeWithRegex(HttpMethod.POST, PAGE_PATHS).handler(BodyHandler.create(uploads.toString())
                .setBodyLimit(MAX_BYTES).setDeleteUploadedFilesOnEnd(true).setMergeFormAttributes(true));
        router.routeWithRegex(HttpMethod.POST, PAGE_PATHS).handler(FormBody::withoutStrayCarriageReturns);
    }

    /**
     * Netty's multipart decoder keeps the CR of the CRLF before a boundary in a field's value when a network read ends
     * between the two (netty/netty#17383): {@code output=page} arrives as {@code "page\r"} now and then, and the form
     * token likewise. A browser never sends a field value ending in a bare CR, so one is dropped here, before the
     * CSRF check and the routes read the fields.
     */
    static void withoutStrayCarriageReturns(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            strip(ctx.request().formAttributes());
            strip(ctx.request().params());
        }
        ctx.next();
    }

    private static void strip(MultiMap fields) {
        for (String name : Set.copyOf(fields.names())) {
            List<String> values = fields.getAll(name);
            if (values.stream().anyMatch(v -> v.endsWith("\r"))) {
                fields.set(name, values.stream().map(v -> v.endsWith("\r") ? v.substring(0, v.length() - 1) : v).toList());
            }
        }
    }
}
