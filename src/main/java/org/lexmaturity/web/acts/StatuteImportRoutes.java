package org.lexmaturity.web.acts;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.Consumer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.auth.Role;
import org.lexmaturity.imports.ImportJobs;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.store.Store;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.SpooledBody;
import org.lexmaturity.web.http.TempFiles;
import org.lexmaturity.web.cluster.SharedJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statute imports for analysts, as background {@link ImportJobs} (one import at a time: TDB2 takes one writer; reads go
 * on meanwhile), each one transaction in which a refused file means nothing is written.
 * <ul>
 *   <li>{@code POST /api/imports/statutes}: the body is one statute file, or a {@code .zip} or {@code .tar.gz} of them
 *   (told from the content; {@code ?name=} names it in messages), streamed to a temporary file. The answer waits for
 *   the import: 200 with the summary; 422 with every refused file. With {@code Prefer: respond-async} it is 202 at
 *   once, with the job's address in {@code Location};</li>
 *   <li>{@code GET /api/imports/statutes/jobs/{job}}: the job as JSON, with the files read so far;</li>
 *   <li>{@code GET /acts/import} and {@code POST /acts/import} (form, field {@code file}): the same from the browser,
 *   then {@code GET /acts/imports/{job}}, a page that follows the job.</li>
 * </ul>
 */
public final class StatuteImportRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(StatuteImportRoutes.class);
    public static final String PATH = "/api/imports/statutes";
    /** Room for an archive of a whole statute book; the body goes to disk, never into memory. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;

    private final Store store;
    private final Pages pages;
    private final Path uploads;
    private final ImportJobs<ImportReport> jobs = new ImportJobs<>("lexmaturity-statute-import", Clock.systemUTC());
    /** The jobs of the other servers of a cluster, which a user's next request may reach instead. */
    private final SharedJobs<ImportReport> shared;
    /** Loaded on the first import, on the import thread (the only one that uses them). */
    private Ministries ministries;
    private ShapeValidator validator;

    public StatuteImportRoutes(Vertx vertx, Store store, Pages pages) {
        this.store = store;
        this.pages = pages;
        this.shared = SharedJobs.of(vertx, "statutes", jobs, StatuteImportRoutes::statusJson);
        try {
            this.uploads = Files.createTempDirectory("lexmaturity-statute-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for statute uploads", e);
        }
    }

    /** Stops the import queue: a job still running is interrupted, and its transaction is then not committed. */
    public void close() {
        jobs.close();
    }

    public void mount(Router router) {
        // the role is checked before a byte of the upload is read
        router.post(PATH).handler(Access.require(Role.ANALYST));
        router.post(PATH).handler(SpooledBody.limitedTo(MAX_UPLOAD_BYTES, uploads)).handler(this::importUpload);
        router.get(PATH + "/jobs/:job").handler(Access.require(Role.ANALYST)).handler(this::jobJson);
        router.get("/acts/import").handler(Access.require(Role.ANALYST)).handler(ctx -> pages.render(ctx, "statute-import", new LinkedHashMap<>()));
        router.post("/acts/import").handler(Access.require(Role.ANALYST)).handler(this::importForm);
        router.get("/acts/imports/:job").handler(Access.require(Role.ANALYST)).handler(this::jobPage);
    }

    private ImportJobs.Status<ImportReport> start(String name, Path file, String user) {
        return jobs.start("statutes", name, user, progress -> {
            LOG.info("Statute import of {} by {} started", name, user);
            try {
                if (validator == null) {
                    ministries = Ministries.load();
                    validator = ShapeValidator.load();
                }
                return new StatuteImport(store, ministries, validator, ImportRun.WhenRefused.WRITE_NOTHING, progress,
                        line -> LOG.info("{} ({}, {})", line, name, user)).importUpload(name, file);
            } finally {
                TempFiles.delete(file);
            }
        });
    }

    private void importUpload(RoutingContext ctx) {
        String name = Links.baseName(ctx.request().getParam("name"), "upload");
        Path body = TempFiles.keep(SpooledBody.of(ctx), uploads);
        ImportJobs.Status<ImportReport> job = start(name, body, Access.userName(ctx));
        String prefer = ctx.request().getHeader("Prefer");
        if (prefer != null && prefer.contains("respond-async")) {
            ctx.response().setStatusCode(202).putHeader("Location", PATH + "/jobs/" + job.id()).putHeader("Content-Type", "application/json")
                    .end(statusJson(job).encodePrettily());
            return;
        }
        Future.fromCompletionStage(jobs.whenFinished(job.id()), ctx.vertx().getOrCreateContext()).onComplete(done -> {
            if (done.failed()) {
                ctx.fail(done.cause());
                return;
            }
            ImportJobs.Status<ImportReport> end = done.result();
            if (end.failure().isPresent()) {
                // an unexpected error is the server's (500); a refusal of the whole upload is the sender's (422)
                ImportException e = end.failure().get();
                ctx.fail(e.getCause() instanceof RuntimeException cause ? cause : e);
                return;
            }
            ImportReport summary = end.result().orElseThrow();
            if (summary.units() == 0 && summary.complete()) {
                ctx.fail(new HttpException(400, name + ": no statute files in the upload"));
                return;
            }
            int status = summary.complete() ? 200 : 422;
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json(name, summary, status).encodePrettily());
        });
    }

    private void importForm(RoutingContext ctx) {
        Optional<FileUpload> upload = ctx.fileUploads().stream().filter(f -> f.name().equals("file") && f.size() > 0).findFirst();
        if (upload.isEmpty()) {
            ctx.response().setStatusCode(422);
            pages.render(ctx, "statute-import", new LinkedHashMap<>(Map.of("missing", true)));
            return;
        }
        String name = Links.baseName(upload.get().fileName(), "upload");
        // the form's upload is deleted when the request ends; the job reads it later
        Path file = TempFiles.keep(Path.of(upload.get().uploadedFileName()), uploads);
        ImportJobs.Status<ImportReport> job = start(name, file, Access.userName(ctx));
        ctx.redirect("/acts/imports/" + job.id());
    }

    /**
     * The job as its status JSON: this server's, else one of another server of the cluster; 404 if neither has it for
     * this user.
     */
    private void withJob(RoutingContext ctx, Consumer<JsonObject> then) {
        String id = ctx.pathParam("job");
        Optional<ImportJobs.Status<ImportReport>> here = jobs.status(id, Access.userName(ctx));
        if (here.isPresent()) {
            then.accept(statusJson(here.get()));
            return;
        }
        shared.elsewhere(id, Access.userName(ctx)).onSuccess(there -> there.ifPresentOrElse(then,
                () -> ctx.fail(new HttpException(404, "no import job " + id)))).onFailure(ctx::fail);
    }

    private void jobJson(RoutingContext ctx) {
        withJob(ctx, job -> ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(job.encodePrettily()));
    }

    /** What the job page shows of a job, read from its status JSON (the same on every server). */
    public record JobView(String file, int units) {}

    /** The outcome of a finished import as the page shows it. */
    public record Outcome(boolean complete, int written, int units, int replaced) {}

    private void jobPage(RoutingContext ctx) {
        withJob(ctx, job -> {
            JsonObject result = job.getJsonObject("result");
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("job", new JobView(job.getString("file"), job.getInteger("filesRead", 0)));
            model.put("state", job.getString("state"));
            model.put("step", job.getInteger("step"));
            model.put("steps", ImportJobs.STEPS);
            model.put("finished", job.getBoolean("finished", false));
            model.put("statusHref", job.getString("href"));
            model.put("report", result == null ? null : new Outcome(result.getJsonArray("refused").isEmpty(),
                    result.getInteger("acts", 0), result.getInteger("files", 0), result.getInteger("replaced", 0)));
            model.put("failure", job.containsKey("error") ? job.getString("error") : "");
            List<ImportReport.Refusal> refused = new ArrayList<>();
            if (result != null) {
                result.getJsonArray("refused").forEach(r -> refused.add(new ImportReport.Refusal(((JsonObject) r).getString("file"),
                        ((JsonObject) r).getString("place"), ((JsonObject) r).getString("reason"))));
            }
            model.put("refused", refused);
            pages.render(ctx, "statute-job", model);
        });
    }

    static JsonObject statusJson(ImportJobs.Status<ImportReport> s) {
        JsonObject j = new JsonObject().put("job", s.id()).put("href", PATH + "/jobs/" + s.id()).put("file", s.file())
                .put("state", s.state().code()).put("step", s.state().step()).put("steps", ImportJobs.STEPS)
                .put("finished", s.state().finished()).put("started", s.started().toString())
                .put("filesRead", s.units()).put("actsWritten", s.written()).put("filesRefused", s.refused());
        s.finished().ifPresent(f -> j.put("ended", f.toString()));
        s.result().ifPresent(r -> j.put("result", json(s.file(), r, r.complete() ? 200 : 422)));
        s.failure().ifPresent(e -> j.put("error", e.getMessage()));
        return j;
    }

    static JsonObject json(String name, ImportReport s, int status) {
        JsonArray refused = new JsonArray();
        s.refused().forEach(r -> refused.add(new JsonObject().put("file", r.source()).put("place", r.place()).put("reason", r.problem())));
        JsonObject j = new JsonObject().put("upload", name).put("files", s.units()).put("acts", s.written()).put("replaced", s.replaced())
                .put("committed", s.complete()).put("refused", refused).put("notices", new JsonArray(s.notices()));
        if (!s.complete()) {
            j.put("status", status).put("error", s.refused().size() + (s.refused().size() == 1 ? " file" : " files") + " refused; nothing imported");
        }
        return j;
    }
}
