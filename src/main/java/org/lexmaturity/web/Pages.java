package org.lexmaturity.web;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.common.template.TemplateEngine;
import java.util.HashMap;
import java.util.Map;

/** Renders the server-side pages from {@code templates/NAME.html}. */
final class Pages {
    private final TemplateEngine engine;

    Pages(TemplateEngine engine) {
        this.engine = engine;
    }

    void render(RoutingContext ctx, String template, Map<String, Object> model) {
        Map<String, Object> data = new HashMap<>(model);
        data.put("path", ctx.request().path());
        engine.render(data, "templates/" + template + ".html").onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(result.result());
            } else {
                ctx.fail(result.cause());
            }
        });
    }
}
