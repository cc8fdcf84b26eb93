package org.lexmaturity.web.auth;

import java.util.List;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.web.http.SessionWrites;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.Role;

/**
 * Account pages: {@code /account} (anyone signed in: own role, change own password) and {@code /admin/accounts}
 * (administrators: list, create, change role, set a new password, remove). Every change ends the account's sessions,
 * so a new role or password takes effect at once. After a change the browser is redirected (303) with a message kept
 * in the session for the next page.
 */
public final class AccountPages {
    private static final String FLASH = "lexmaturity.flash";
    private final Accounts accounts;
    private final Sessions sessions;
    private final Blocking blocking;
    private final Pages pages;

    public AccountPages(Accounts accounts, Sessions sessions, Blocking blocking, Pages pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.blocking = blocking;
        this.pages = pages;
    }

    public void mount(Router router) {
        router.get("/account").handler(Access.require(Role.READER)).handler(ctx -> own(ctx, 200, null));
        router.post("/account/password").handler(Access.require(Role.READER)).handler(this::changeOwnPassword);
        router.route("/admin/*").handler(Access.require(Role.ADMIN));
        router.get("/admin/accounts").handler(ctx -> list(ctx, 200, null, Map.of()));
        router.post("/admin/accounts").handler(this::create);
        router.post("/admin/accounts/:name/role").handler(ctx -> change(ctx, () -> {
            accounts.setRole(name(ctx), role(field(ctx, "role")));
            return "accounts.roleChanged";
        }));
        router.post("/admin/accounts/:name/password").handler(ctx -> change(ctx, () -> {
            accounts.setPassword(name(ctx), secret(ctx, "password").toCharArray());
            return "accounts.passwordSet";
        }));
        router.post("/admin/accounts/:name/remove").handler(ctx -> change(ctx, () -> {
            accounts.remove(name(ctx));
            return "accounts.removed";
        }));
    }

    private void own(RoutingContext ctx, int status, String error) {
        ctx.response().setStatusCode(status);
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("flash", takeFlash(ctx));
        pages.render(ctx, "account", model);
    }

    private void changeOwnPassword(RoutingContext ctx) {
        String name = Access.userName(ctx);
        String current = secret(ctx, "current");
        String next = secret(ctx, "password");
        String repeat = secret(ctx, "repeat");
        String lang = UiLanguage.of(ctx);
        if (!next.equals(repeat)) {
            own(ctx, 400, pages.text().word(lang, "accounts.mismatch"));
            return;
        }
        blocking.run(ctx, () -> {
            if (accounts.verify(name, current.toCharArray()).isEmpty()) {
                return "accounts.wrongCurrent";
            }
            try {
                accounts.setPassword(name, next.toCharArray());
                return null;
            } catch (IllegalArgumentException e) {
                return "accounts.tooShort";
            }
        }, problem -> {
            if (problem != null) {
                own(ctx, 400, pages.text().word(lang, problem));
                return;
            }
            sessions.revoke(name); // other sessions of this account end; this one signs in again below
            accounts.get(name).ifPresent(account -> sessions.signIn(ctx, account).onComplete(done -> {
                flash(ctx, pages.text().word(lang, "accounts.ownPasswordChanged"));
                SessionWrites.thenRespond(ctx, () -> ctx.response().setStatusCode(303).putHeader("Location", "/account").end());
            }));
        });
    }

    private void list(RoutingContext ctx, int status, String error, Map<String, String> form) {
        blocking.run(ctx, accounts::list, list -> {
            ctx.response().setStatusCode(status);
            Map<String, Object> model = new HashMap<>();
            model.put("accounts", list);
            model.put("roles", List.of(Role.READER.id(), Role.ANALYST.id(), Role.ADMIN.id()));
            model.put("error", error);
            model.put("flash", takeFlash(ctx));
            model.put("form", form);
            pages.render(ctx, "accounts", model);
        });
    }

    private void create(RoutingContext ctx) {
        String name = field(ctx, "name").toLowerCase(Locale.ROOT);
        String roleText = field(ctx, "role");
        String password = secret(ctx, "password");
        blocking.run(ctx, () -> {
            try {
                accounts.create(name, password.toCharArray(), role(roleText));
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, problem -> {
            if (problem != null) {
                list(ctx, 400, problem, Map.of("name", name, "role", roleText));
                return;
            }
            flash(ctx, pages.text().word(UiLanguage.of(ctx), "accounts.created") + " " + name);
            ctx.response().setStatusCode(303).putHeader("Location", "/admin/accounts").end();
        });
    }

    /** One change to an existing account: refused changes are shown on the list, accepted ones end its sessions. */
    private void change(RoutingContext ctx, Callable<String> work) {
        String name = name(ctx);
        blocking.run(ctx, () -> {
            try {
                return new String[] {work.call(), null};
            } catch (IllegalArgumentException e) {
                return new String[] {null, e.getMessage()};
            }
        }, result -> {
            if (result[1] != null) {
                list(ctx, 400, result[1], Map.of());
                return;
            }
            sessions.revoke(name);
            flash(ctx, pages.text().word(UiLanguage.of(ctx), result[0]) + " " + name);
            ctx.response().setStatusCode(303).putHeader("Location", "/admin/accounts").end();
        });
    }

    private static Role role(String text) {
        return Role.parse(text).filter(r -> r != Role.ANONYMOUS)
                .orElseThrow(() -> new IllegalArgumentException("role must be reader, analyst or admin"));
    }

    private static String name(RoutingContext ctx) {
        return ctx.pathParam("name");
    }

    /** Passwords are taken as typed: spaces at either end are part of them. */
    private static String secret(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null ? "" : v;
    }

    private static String field(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null ? "" : v.trim();
    }

    private static void flash(RoutingContext ctx, String message) {
        if (ctx.session() != null) {
            ctx.session().put(FLASH, message);
        }
    }

    private static String takeFlash(RoutingContext ctx) {
        return ctx.session() == null ? null : ctx.session().remove(FLASH);
    }
}
