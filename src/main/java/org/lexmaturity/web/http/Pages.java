package org.lexmaturity.web.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.common.template.TemplateEngine;
import io.vertx.ext.web.handler.CSRFHandler;
import java.util.HashMap;
import java.util.Map;
import org.lexmaturity.auth.Role;

/**
 * Renders the server-side pages from {@code templates/NAME.html}. Every page gets, besides its own model: {@code lang}
 * (fi, sv or en) and {@code t} (the words in that language), {@code path}, {@code user} (null when anonymous),
 * {@code role}, the flags {@code canRead} (reader and up), {@code canEdit} (analyst and up), {@code seesQuotes} (see {@link Role#seesQuotes}), {@code isAdmin}, and
 * {@code csrf}, the token every form posts back as the hidden field {@code X-XSRF-TOKEN}.
 */
public final class Pages {
    static final String CSRF_FIELD = CSRFHandler.DEFAULT_HEADER_NAME;

    private final TemplateEngine engine;
    private final UiText text;

    public Pages(TemplateEngine engine, UiText text) {
        this.engine = engine;
        this.text = text;
    }

    public UiText text() {
        return text;
    }

    public void render(RoutingContext ctx, String template, Map<String, Object> model) {
        Map<String, Object> data = new HashMap<>(model);
        String lang = UiLanguage.of(ctx);
        Role role = Access.role(ctx);
        data.put("path", ctx.request().path());
        data.put("uri", ctx.request().uri());
        data.put("lang", lang);
        data.put("t", text.words(lang));
        data.put("msg", new PageMessages(text, lang));
        data.put("user", Access.userName(ctx));
        data.put("role", role.id());
        data.put("canRead", role.includes(Role.READER));
        data.put("seesQuotes", role.seesQuotes());
        data.put("canEdit", role.includes(Role.ANALYST));
        data.put("isAdmin", role.includes(Role.ADMIN));
        data.put("csrfField", CSRF_FIELD);
        data.put("csrf", ctx.get(CSRF_FIELD));
        engine.render(data, "templates/" + template + ".html").onComplete(result -> {
            if (result.succeeded()) {
                // the page's form token is in the session: stored before the page can post it to another server
                SessionWrites.thenRespond(ctx, () -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Content-Language", lang).end(result.result()));
            } else {
                ctx.fail(result.cause());
            }
        });
    }
}
