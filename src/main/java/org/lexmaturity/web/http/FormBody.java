package org.lexmaturity.web.http;

import org.lexmaturity.web.http.RawBody;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;

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
    }
}
