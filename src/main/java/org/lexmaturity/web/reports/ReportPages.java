package org.lexmaturity.web.reports;

import java.time.format.DateTimeParseException;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexmaturity.auth.Role;
import org.lexmaturity.report.ReportDefinition;
import org.lexmaturity.report.ReportFormat;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.store.Store;

/**
 * {@code /reports} (readers and up): a form to choose the report type (from {@code reports/*.yaml}, titles in the page
 * language), its language, format and the parameters the type needs; {@code /reports/download} checks the choice
 * and hands it to {@link ReportRoutes#send}, so the page and {@code /api/reports/{type}} render alike. A draft
 * screening report needs the draft itself and is made on the screening page.
 */
public final class ReportPages {
    static final String DRAFT = "draft-screening";

    private final StatuteCatalog statutes;
    private final ReportRoutes reports;
    private final Blocking blocking;
    private final Pages pages;

    public ReportPages(Store store, Blocking blocking, Pages pages, ReportRoutes reports) {
        this.statutes = new StatuteCatalog(store);
        this.reports = reports;
        this.blocking = blocking;
        this.pages = pages;
    }

    public void mount(Router router) {
        router.get("/reports").handler(Access.require(Role.READER)).handler(ctx -> form(ctx, Choice.defaults(UiLanguage.of(ctx)), ""));
        router.get("/reports/download").handler(Access.require(Role.READER)).handler(this::download);
    }

    /** A report type as offered: its id, title in the page language, and the parameters it needs. */
    record TypeOption(String id, String title, List<String> parameters) {}

    /** An act to choose for an act profile: value YEAR/NUMBER, shown with its number and title. */
    record ActOption(String value, String label) {}

    /** What the form holds: the chosen type, language, format and parameters. */
    record Choice(String type, String lang, String format, String act, String from, String to) {
        static Choice defaults(String lang) {
            LocalDate today = LocalDate.now();
            return new Choice("deregulation", lang, "docx", "", today.withDayOfYear(1).toString(), today.toString());
        }
    }

    static final int SUGGESTED_ACTS = 200;

    private void form(RoutingContext ctx, Choice choice, String error) {
        String lang = UiLanguage.of(ctx);
        // the newest acts as suggestions: the field takes any act's number, and the whole statute book is too long a list
        blocking.run(ctx, () -> statutes.page("", "", 1, SUGGESTED_ACTS).acts(), acts -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("types", types(lang));
            model.put("choice", choice);
            model.put("formats", List.of(ReportFormat.values()).stream().map(ReportFormat::extension).toList());
            model.put("acts", acts.stream().map(a -> new ActOption(a.number().year() + "/" + a.number().number(),
                    a.number().local() + " " + (lang.equals("sv") && a.titleSv() != null && !a.titleSv().isBlank() ? a.titleSv() : a.titleFi()))).toList());
            model.put("error", error);
            if (!error.isEmpty()) {
                ctx.response().setStatusCode(400);
            }
            pages.render(ctx, "reports", model);
        });
    }

    private static List<TypeOption> types(String lang) {
        List<TypeOption> out = new ArrayList<>();
        for (String id : ReportDefinition.available()) {
            if (id.equals(DRAFT)) {
                continue;
            }
            ReportDefinition def = ReportDefinition.load(id);
            out.add(new TypeOption(id, plainTitle(def.title(lang)), def.parameters()));
        }
        return out;
    }

    /** A title without the placeholders the report fills in ("Maturity profile: {act}" → "Maturity profile"). */
    static String plainTitle(String title) {
        return title.replaceAll("\\s*[:–-]?\\s*\\{[^}]*}", "").strip();
    }

    private void download(RoutingContext ctx) {
        String lang = UiLanguage.of(ctx);
        var q = ctx.queryParams();
        Choice choice = new Choice(value(q.get("type")), value(q.get("lang")), value(q.get("format")), value(q.get("act")),
                value(q.get("from")), value(q.get("to")));
        String error = problem(choice, lang);
        if (!error.isEmpty()) {
            form(ctx, choice, error);
            return;
        }
        List<String> needs = ReportDefinition.load(choice.type()).parameters();
        // only what the type needs: the form sends every field, and the others are left blank or at their defaults
        reports.send(ctx, choice.type(), choice.lang(), choice.format(), needs.contains("act") ? choice.act() : null,
                needs.contains("from") ? choice.from() : null, needs.contains("to") ? choice.to() : null,
                Access.role(ctx));
    }

    /** What is wrong with the choice, in the page language; empty when the report can be made. */
    private String problem(Choice c, String lang) {
        if (!ReportDefinition.available().contains(c.type()) || c.type().equals(DRAFT)) {
            return word(lang, "reports.error.type");
        }
        if (!UiLanguage.LANGUAGES.contains(c.lang())) {
            return word(lang, "reports.error.lang");
        }
        if (List.of(ReportFormat.values()).stream().noneMatch(f -> f.extension().equals(c.format()))) {
            return word(lang, "reports.error.format");
        }
        List<String> needs = ReportDefinition.load(c.type()).parameters();
        if (needs.contains("act")) {
            try {
                ActNumber.parseYearFirst(c.act());
            } catch (IllegalArgumentException e) {
                return word(lang, "reports.error.act");
            }
        }
        if (needs.contains("from") || needs.contains("to")) {
            try {
                if (LocalDate.parse(c.from()).isAfter(LocalDate.parse(c.to()))) {
                    return word(lang, "reports.error.period");
                }
            } catch (DateTimeParseException e) {
                return word(lang, "reports.error.period");
            }
        }
        return "";
    }

    private String word(String lang, String key) {
        return pages.text().word(lang, key);
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }
}
