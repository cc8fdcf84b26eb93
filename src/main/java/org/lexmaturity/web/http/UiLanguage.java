package org.lexmaturity.web.http;

import org.lexmaturity.kernel.Language;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.List;

/**
 * The language of the pages: Finnish, Swedish or English, as the user chose (remembered in a cookie), else as the
 * browser prefers, else Finnish. {@code GET /language/{fi|sv|en}?back=/path} switches and returns to the page.
 */
public final class UiLanguage {
    public static final List<String> LANGUAGES = Language.ALL;
    static final String COOKIE = "lxm-lang";
    private static final String DEFAULT = "fi";

    private UiLanguage() {}

    public static void mount(Router router) {
        router.get("/language/:lang").handler(UiLanguage::choose);
    }

    public static String of(RoutingContext ctx) {
        Cookie chosen = ctx.request().getCookie(COOKIE);
        if (chosen != null && LANGUAGES.contains(chosen.getValue())) {
            return chosen.getValue();
        }
        for (LanguageHeader accepted : ctx.acceptableLanguages()) {
            if (LANGUAGES.contains(accepted.tag())) {
                return accepted.tag();
            }
        }
        return DEFAULT;
    }

    private static void choose(RoutingContext ctx) {
        String lang = ctx.pathParam("lang");
        if (!LANGUAGES.contains(lang)) {
            throw new HttpException(400, "language must be one of " + LANGUAGES);
        }
        ctx.response().addCookie(Cookie.cookie(COOKIE, lang).setPath("/").setMaxAge(365L * 24 * 3600)
                .setSameSite(CookieSameSite.LAX).setHttpOnly(true));
        ctx.redirect(localPath(ctx.request().getParam("back")));
    }

    /** Only a path on this site: an absolute or protocol-relative URL would make this an open redirect. */
    public static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
