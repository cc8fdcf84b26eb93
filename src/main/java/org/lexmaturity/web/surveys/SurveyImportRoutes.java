package org.lexmaturity.web.surveys;

import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.StagedUploads;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.FormBody;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.kernel.ByteSize;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.lexmaturity.web.cluster.SharedJobs;
import org.lexmaturity.web.cluster.SharedStagedUploads;
import org.lexmaturity.auth.Role;
import org.lexmaturity.imports.ImportJobs;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.store.Store;
import org.lexmaturity.survey.SurveyDryRun;
import org.lexmaturity.survey.SurveyMapping;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.kernel.TableReader;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Survey import from the browser and over the API, for analysts: an upload runs the dry run and shows the mapping
 * and every problem; the file waits under a random token ({@link StagedUploads}) until the user confirms; the import
 * then runs as a background job ({@link SurveyImportJobs}) whose progress a page and a JSON route show.
 * <ul>
 *   <li>{@code POST /surveys/preview} (form) and {@code POST /api/imports/surveys} (multipart): the dry run;</li>
 *   <li>{@code POST /surveys/import} (form, field {@code token}) and {@code POST /api/imports/surveys/{token}}: start the
 *   import (303 to the job page; 202 with the job);</li>
 *   <li>{@code GET /surveys/imports/{job}} and {@code GET /api/imports/surveys/jobs/{job}}: the job's state.</li>
 * </ul>
 */
public final class SurveyImportRoutes {
    /** A mapping file is small; a larger one is a mistake (or an attack on the YAML parser). */
    static final int MAX_MAPPING_BYTES = 1024 * 1024;
    private static final String API = "/api/imports/surveys";

    private final Blocking blocking;
    private final Pages pages;
    private final StagedUploads staged = new StagedUploads(Clock.systemUTC());
    /** The same, for the other servers of a cluster: the confirmation may reach one of them. */
    private final SharedStagedUploads sharedStaged;
    private final SurveyImportJobs jobs;
    /** The jobs of the other servers of a cluster, which a user's next request may reach instead. */
    private final SharedJobs<SurveyImport.Result> shared;

    public SurveyImportRoutes(Vertx vertx, Store store, Blocking blocking, Pages pages) {
        this.blocking = blocking;
        this.pages = pages;
        this.jobs = new SurveyImportJobs(store, Clock.systemUTC());
        this.shared = SharedJobs.of(vertx, "surveys", jobs.queue(), SurveyImportRoutes::statusJson);
        this.sharedStaged = new SharedStagedUploads(vertx);
    }

    /** Stops the import queue: a job still running is interrupted, and its transaction is then not committed. */
    public void close() {
        jobs.close();
    }

    public void mount(Router router) {
        router.post("/surveys/preview").handler(Access.require(Role.ANALYST)).handler(ctx -> preview(ctx, false));
        router.post("/surveys/import").handler(Access.require(Role.ANALYST)).handler(ctx -> confirm(ctx, ctx.request().getFormAttribute("token"), false));
        router.get("/surveys/imports/:job").handler(Access.require(Role.ANALYST)).handler(this::jobPage);
        // two routes: Vert.x wants a body handler first on its route, and the role is checked before the upload is read
        router.post(API).handler(Access.require(Role.ANALYST));
        router.post(API).handler(BodyHandler.create(uploadFolder()).setBodyLimit(FormBody.MAX_BYTES).setDeleteUploadedFilesOnEnd(true))
                .handler(ctx -> preview(ctx, true));
        router.post(API + "/:token").handler(Access.require(Role.ANALYST)).handler(ctx -> confirm(ctx, ctx.pathParam("token"), true));
        router.get(API + "/jobs/:job").handler(Access.require(Role.ANALYST)).handler(this::jobJson);
    }

    private static String uploadFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "lexmaturity-uploads").toString();
    }

    /** What the form or the API sent: the export, the optional mapping, the suppression threshold. */
    private record Upload(String fileName, Path file, Optional<String> mappingName, Optional<Path> mappingFile, Optional<String> mappingText,
                          int threshold) {}

    private static Upload upload(RoutingContext ctx) {
        FileUpload export = null;
        FileUpload mapping = null;
        for (FileUpload f : ctx.fileUploads()) {
            if (f.name().equals("file") && f.size() > 0) {
                export = f;
            } else if (f.name().equals("mapping") && f.size() > 0) {
                mapping = f;
            }
        }
        if (export == null) {
            throw new HttpException(400, "choose the survey export to upload (field 'file')");
        }
        String text = ctx.request().getFormAttribute("mapping");
        int threshold = SurveyRdf.DEFAULT_THRESHOLD;
        String t = ctx.request().getFormAttribute("threshold");
        if (t != null && !t.isBlank()) {
            try {
                threshold = Integer.parseInt(t.strip());
            } catch (NumberFormatException e) {
                threshold = 0;
            }
            if (threshold < 1 || threshold > 1000) {
                throw new HttpException(400, "the suppression threshold must be a whole number from 1 to 1000");
            }
        }
        return new Upload(Links.baseName(export.fileName(), "export"), Path.of(export.uploadedFileName()),
                Optional.ofNullable(mapping).map(m -> Links.baseName(m.fileName(), "mapping.yaml")),
                Optional.ofNullable(mapping).map(m -> Path.of(m.uploadedFileName())),
                Optional.ofNullable(text).filter(s -> !s.isBlank()), threshold);
    }

    /** The last segment of a browser-sent file name, for messages only (never a path on this machine). */

    private record Staging(SurveyDryRun.Preview preview, Optional<StagedUploads.Staged> staged, int threshold) {}

    private void preview(RoutingContext ctx, boolean api) {
        Upload up = upload(ctx);
        String user = Access.userName(ctx);
        blocking.run(ctx, () -> {
            byte[] bytes = readLimited(up.file(), TableReader.MAX_FILE_BYTES + 1);
            Optional<String> yaml = up.mappingText();
            if (up.mappingFile().isPresent()) {
                yaml = Optional.of(new String(readLimited(up.mappingFile().get(), MAX_MAPPING_BYTES), StandardCharsets.UTF_8));
            }
            String mappingName = up.mappingName().orElse("mapping.yaml");
            SurveyDryRun.Preview preview = SurveyDryRun.run(up.fileName(), bytes, yaml, mappingName);
            // only a clean dry run is kept for confirmation; a broken file has nothing to import
            Optional<StagedUploads.Staged> kept = preview.importable()
                    ? Optional.of(staged.put(up.fileName(), bytes, yaml, mappingName, up.threshold(), user)) : Optional.empty();
            kept.ifPresent(k -> sharedStaged.put(k, bytes));
            return new Staging(preview, kept, up.threshold());
        }, s -> {
            if (api) {
                ctx.response().putHeader("Content-Type", "application/json").end(previewJson(s).encodePrettily());
            } else {
                String lang = UiLanguage.of(ctx);
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("p", s.preview());
                model.put("token", s.staged().map(StagedUploads.Staged::token).orElse(""));
                model.put("threshold", s.threshold());
                model.put("title", s.preview().mapping().map(m -> Language.pick(m.title(), lang)).orElse(""));
                model.put("issued", s.preview().mapping().flatMap(SurveyMapping::issued).map(Object::toString).orElse(""));
                model.put("questions", s.preview().mapping().map(m -> questionRows(m, lang)).orElse(List.of()));
                model.put("respondent", s.preview().mapping().map(SurveyImportRoutes::respondentRows).orElse(List.of()));
                model.put("keepMinutes", StagedUploads.KEEP.toMinutes());
                ctx.response().setStatusCode(s.preview().importable() ? 200 : 422);
                pages.render(ctx, "survey-preview", model);
            }
        });
    }

    private static byte[] readLimited(Path file, long max) {
        try {
            if (Files.size(file) > max) {
                throw new HttpException(413, "the file is larger than " + ByteSize.of(max));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void confirm(RoutingContext ctx, String token, boolean api) {
        String user = Access.userName(ctx);
        // taking the staged upload reads it back from disk (up to 50 MB): a worker's job, not the event loop's
        blocking.run(ctx, () -> {
            // in a cluster, another server may have taken the same upload from the cluster's map: the map decides
            var here = staged.take(token, user).filter(e -> sharedStaged.claim(token));
            var entry = here.or(() -> sharedStaged.take(token, user)).orElseThrow(() -> new HttpException(404,
                    "no upload waiting under this token: it was imported already, or is older than " + StagedUploads.KEEP.toMinutes() + " minutes; upload the file again"));
            return jobs.start(entry.getKey(), entry.getValue(), user);
        }, job -> {
            if (api) {
                String href = API + "/jobs/" + job.id();
                ctx.response().setStatusCode(202).putHeader("Location", href).putHeader("Content-Type", "application/json")
                        .end(statusJson(job).encodePrettily());
            } else {
                ctx.redirect("/surveys/imports/" + job.id()); // 302 after a POST: the browser follows with a GET
            }
        });
    }

    /**
     * The job as its status JSON: this server's, else one of another server of the cluster; 404 if neither has it for
     * this user.
     */
    private void withJob(RoutingContext ctx, Consumer<JsonObject> then) {
        String id = ctx.pathParam("job");
        Optional<ImportJobs.Status<SurveyImport.Result>> here = jobs.status(id, Access.userName(ctx));
        if (here.isPresent()) {
            then.accept(statusJson(here.get()));
            return;
        }
        shared.elsewhere(id, Access.userName(ctx)).onSuccess(there -> there.ifPresentOrElse(then,
                () -> ctx.fail(new HttpException(404, "no import job " + id)))).onFailure(ctx::fail);
    }

    /** The job page, from the job's status JSON (the same on every server of a cluster). */
    private void jobPage(RoutingContext ctx) {
        withJob(ctx, json -> {
            JsonObject r = json.getJsonObject("result");
            Optional<SurveyImport.Result> result = Optional.ofNullable(r).map(x -> new SurveyImport.Result(x.getString("survey"),
                    x.getInteger("responses", 0), x.getInteger("answers", 0), x.getBoolean("replaced", false),
                    x.getInteger("citationsResolved", 0), x.getInteger("citationsUnresolved", 0)));
            List<SurveyDryRun.Problem> problems = new ArrayList<>();
            json.getJsonArray("problems", new JsonArray()).forEach(p -> {
                JsonObject x = (JsonObject) p;
                problems.add(new SurveyDryRun.Problem(x.getString("file"), x.getString("sheet"), x.getString("row"), x.getString("column"),
                        x.getString("message")));
            });
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("job", new JobView(json.getString("file"), result));
            model.put("problems", problems);
            model.put("totalProblems", json.getInteger("totalProblems", 0));
            model.put("state", json.getString("state"));
            model.put("step", json.getInteger("step"));
            model.put("steps", ImportJobs.STEPS);
            model.put("finished", json.getBoolean("finished", false));
            model.put("statusHref", json.getString("href"));
            pages.render(ctx, "survey-job", model);
        });
    }

    /** What the job page shows of a job. */
    public record JobView(String file, Optional<SurveyImport.Result> result) {}

    private void jobJson(RoutingContext ctx) {
        withJob(ctx, job -> ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(job.encodePrettily()));
    }

    static JsonObject statusJson(ImportJobs.Status<SurveyImport.Result> s) {
        JsonObject j = new JsonObject().put("job", s.id()).put("href", API + "/jobs/" + s.id()).put("file", s.file())
                .put("state", s.state().code()).put("step", s.state().step()).put("steps", ImportJobs.STEPS)
                .put("finished", s.state().finished()).put("started", s.started().toString());
        s.finished().ifPresent(f -> j.put("ended", f.toString()));
        s.result().ifPresent(r -> j.put("result", new JsonObject().put("survey", r.surveyId()).put("responses", r.responses())
                .put("answers", r.answers()).put("replaced", r.replaced()).put("citationsResolved", r.citationsResolved())
                .put("citationsUnresolved", r.citationsUnresolved())));
        if (s.state() == ImportJobs.State.FAILED) {
            j.put("totalProblems", SurveyImportJobs.totalProblems(s)).put("problems", problemsJson(SurveyImportJobs.problems(s)));
        }
        return j;
    }

    private static JsonObject previewJson(Staging s) {
        SurveyDryRun.Preview p = s.preview();
        JsonObject j = new JsonObject().put("file", p.file()).put("importable", p.importable())
                .put("mappingSource", p.mappingGiven() ? "given" : "inferred").put("threshold", s.threshold())
                .put("responses", p.responses()).put("answers", p.answers()).put("languages", new JsonArray(new ArrayList<>(p.languages())));
        s.staged().ifPresent(st -> j.put("token", st.token()).put("confirm", API + "/" + st.token())
                .put("expiresInMinutes", StagedUploads.KEEP.toMinutes()));
        JsonArray sheets = new JsonArray();
        p.sheets().forEach(sh -> sheets.add(new JsonObject().put("name", sh.name()).put("headerRow", sh.headerRow()).put("rows", sh.rows())
                .put("language", sh.language()).put("used", sh.used())));
        j.put("sheets", sheets);
        p.mapping().ifPresent(m -> {
            JsonArray qs = new JsonArray();
            m.questions().forEach(q -> {
                JsonObject qj = new JsonObject().put("id", q.id()).put("columns", new JsonArray(new ArrayList<>(q.columns())))
                        .put("kind", q.kind().code()).put("text", new JsonObject(new LinkedHashMap<>(q.text())));
                if (q.kind() == SurveyMapping.Kind.LIKERT || q.kind() == SurveyMapping.Kind.NUMBER) {
                    qj.put("scale", q.min() + "-" + q.max());
                }
                q.theme().ifPresent(t -> qj.put("theme", t));
                if (!q.options().isEmpty()) {
                    qj.put("options", new JsonArray(q.options().stream().map(SurveyMapping.Option::code).toList()));
                }
                qs.add(qj);
            });
            j.put("survey", m.surveyId()).put("title", new JsonObject(new LinkedHashMap<>(m.title()))).put("questions", qs)
                    .put("mapping", p.mappingYaml());
            m.issued().ifPresent(d -> j.put("issued", d.toString()));
        });
        j.put("totalProblems", p.totalProblems()).put("problems", problemsJson(p.problems()));
        return j;
    }

    private static JsonArray problemsJson(List<SurveyDryRun.Problem> problems) {
        JsonArray a = new JsonArray();
        problems.forEach(x -> a.add(new JsonObject().put("file", x.file()).put("sheet", x.sheet()).put("row", x.row())
                .put("column", x.column()).put("message", x.message())));
        return a;
    }

    /** One question of the mapping as the preview table shows it, labels in the page language. */
    record QuestionRow(String id, String columns, String kind, String scale, String theme, String text) {}

    /** One respondent field of the mapping: which headers hold it. */
    record RespondentRow(String field, String headers) {}

    static List<QuestionRow> questionRows(SurveyMapping m, String lang) {
        Vocabulary v = Vocabulary.shipped();
        List<QuestionRow> rows = new ArrayList<>();
        for (SurveyMapping.Question q : m.questions()) {
            String scale = switch (q.kind()) {
                case LIKERT, NUMBER -> q.min() + "–" + q.max();
                case CHOICE, MULTI -> String.join(", ", q.options().stream().map(SurveyMapping.Option::code).toList());
                default -> "";
            };
            String theme = q.theme().map(t -> v.find("theme", t).map(n -> v.label(n, lang)).orElse(t)).orElse("");
            rows.add(new QuestionRow(q.id(), String.join(" | ", q.columns()), q.kind().code(), scale, theme, Language.pick(q.text(), lang)));
        }
        return rows;
    }

    static List<RespondentRow> respondentRows(SurveyMapping m) {
        SurveyMapping.Respondent r = m.respondent();
        List<RespondentRow> rows = new ArrayList<>();
        rows.add(new RespondentRow("id", String.join(" | ", r.id())));
        rows.add(new RespondentRow("organisation", String.join(" | ", r.organisation())));
        rows.add(new RespondentRow("type", String.join(" | ", r.type())));
        rows.add(new RespondentRow("branch", String.join(" | ", r.branch())));
        rows.add(new RespondentRow("personal", String.join(" | ", r.personal())));
        return rows;
    }
}
