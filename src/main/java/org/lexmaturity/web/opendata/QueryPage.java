package org.lexmaturity.web.opendata;

import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.Map;
import org.lexmaturity.store.QueryFiles;

/**
 * {@code /query}: the YASGUI query editor on this server's public SPARQL endpoint, with example queries that work
 * without JavaScript too (as text and as plain links to the endpoint). YASGUI is served from its WebJar on the class
 * path under {@code /static/yasgui/}, never from a CDN, and configured by {@code static/query.js}.
 */
public final class QueryPage {
    /** Where the YASGUI WebJar keeps its bundle; the version is the one the pom names. */
    static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build";
    /** The example queries, {@code sparql/examples/NAME.rq}, in the order the page lists them. */
    public static final List<String> EXAMPLES = List.of("graphs", "acts-by-ministry", "barriers-by-theme", "survey-aggregates",
            "findings-per-indicator");

    /**
     * The page's Content-Security-Policy: the site's policy plus one stylesheet allowed by its hash. YASGUI's result
     * table (its column-resizer) injects one fixed {@code <style>} element, which the site-wide policy blocks and
     * which lays the table out (without it an empty gap opens above the results). A hash admits exactly that text
     * and nothing else: no {@code 'unsafe-inline'}, no inline script, no eval (the bundle needs neither; its style
     * changes otherwise go through the CSSOM, which CSP allows). A new YASGUI version with other text needs a new hash;
     * {@code QueryPageTest} then sees the violation the page records.
     */
    static final String CSP = "default-src 'self'; style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final Pages pages;

    public QueryPage(Pages pages) {
        this.pages = pages;
    }

    public void mount(Router router) {
        router.route("/static/yasgui/*").handler(StaticHandler.create(YASGUI).setCachingEnabled(true).setMaxAgeSeconds(86400));
        router.get("/query").handler(this::page);
    }

    /** An example: its id (the file name), the query text, and a link that runs it on the endpoint without YASGUI. */
    record Example(String id, String query, String runHref) {}

    private void page(RoutingContext ctx) {
        List<Example> examples = EXAMPLES.stream().map(id -> {
            String text = QueryFiles.text("examples/" + id);
            return new Example(id, text, "/sparql?output=json&query=" + Links.enc(text));
        }).toList();
        ctx.response().putHeader("Content-Security-Policy", CSP);
        pages.render(ctx, "query", Map.of("examples", examples, "endpoint", "/sparql"));
    }
}
