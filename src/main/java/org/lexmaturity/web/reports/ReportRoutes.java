package org.lexmaturity.web.reports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.lexmaturity.report.ReportBuilder;
import org.lexmaturity.report.ReportDefinition;
import org.lexmaturity.report.ReportFormat;
import org.lexmaturity.report.ReportRequest;
import org.lexmaturity.report.ReportWriters;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;

/**
 * {@code GET /api/reports/{type}?lang=&format=&act=&from=&to=}: renders a report and sends it as a download with a
 * proper file name; a copy is kept in the data folder under {@code reports/}. Callers from this machine count as
 * analysts (quotes and private-data analyses included) until sign-in with roles exists; others get public data.
 */
public final class ReportRoutes {
    private final Store store;
    private final ReportBuilder builder;
    private final Blocking blocking;

    public ReportRoutes(Services services) {
        this.store = services.store();
        this.builder = services.reports();
        this.blocking = services.blocking();
    }

    public void mount(Router router) {
        router.get("/api/reports").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("types", new JsonArray(new ArrayList<>(ReportDefinition.available())))
                        .put("formats", new JsonArray(List.of("docx", "xlsx", "pdf", "html"))).encodePrettily()));
        router.get("/api/reports/:type").handler(Access.require(Role.READER)).handler(this::report);
    }

    private void report(RoutingContext ctx) {
        var q = ctx.queryParams();
        send(ctx, ctx.pathParam("type"), q.get("lang"), q.get("format"), q.get("act"), q.get("from"), q.get("to"), Access.role(ctx));
    }

    /**
     * Renders report {@code type} and sends it as a download for {@code audience}, whose role decides whether it
     * carries private-data analyses and quotes (see {@link Role#seesQuotes}). Null or blank values are absent (language fi, format
     * docx). Shared by the API and the reports page.
     */
    void send(RoutingContext ctx, String type, String langName, String formatName, String act, String from, String to, Role audience) {
        if (!ReportDefinition.available().contains(type)) {
            throw new HttpException(404, "no report type " + type + "; one of " + String.join(", ", ReportDefinition.available()));
        }
        if (type.equals("draft-screening")) {
            throw new HttpException(400, "a draft screening report needs the draft: POST it to /api/screenings, or use the command line");
        }
        String lang = present(langName).orElse("fi");
        ReportFormat format;
        try {
            format = ReportFormat.valueOf(present(formatName).orElse("docx").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HttpException(400, "format must be docx, xlsx, pdf or html");
        }
        ReportRequest request;
        try {
            request = new ReportRequest(type, lang, present(act).map(ActNumber::parseYearFirst),
                    date(from), date(to), Optional.empty(), audience);
        } catch (IllegalArgumentException e) {
            throw new HttpException(400, e.getMessage());
        }
        String name = type + request.act().map(a -> "-" + a.year() + "-" + a.number()).orElse("") + "-" + lang + "-" + LocalDate.now() + "." + format.extension();
        blocking.run(ctx, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportWriters.write(builder.build(request), format, out);
            byte[] bytes = out.toByteArray();
            Path folder = Files.createDirectories(store.config().dataDir().resolve("reports"));
            Files.write(folder.resolve(name), bytes);
            return bytes;
        }, bytes -> ctx.response().putHeader("Content-Type", format.mimeType())
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"").end(Buffer.buffer(bytes)));
    }

    private static Optional<String> present(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return present(s).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date like 2026-01-31");
        }
    }

}
