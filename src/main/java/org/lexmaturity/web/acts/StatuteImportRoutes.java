package org.lexmaturity.web.acts;

import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.SpooledBody;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.lexmaturity.auth.Role;
import org.lexmaturity.ingest.ImportSummary;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/imports/statutes} for analysts: the body is one statute file, or a {@code .zip} or {@code .tar.gz}
 * of them (told from the content; {@code ?name=} names it in messages). The body is streamed to a temporary file,
 * then imported as one transaction on a worker of its own (one import at a time; reads go on meanwhile on the store
 * workers). 200 with the summary; 422 with every refused file when any is refused, and then nothing is written.
 */
public final class StatuteImportRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(StatuteImportRoutes.class);
    public static final String PATH = "/api/imports/statutes";
    /** Room for an archive of a whole statute book; the body goes to disk, never into memory. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;

    private final Store store;
    private final Blocking importer;
    private final Path uploads;
    /** Loaded on the first import, on the import thread (the only one that uses them). */
    private Ministries ministries;
    private ShapeValidator validator;

    public StatuteImportRoutes(Store store, Vertx vertx) {
        this.store = store;
        // one thread: TDB2 takes one writer, and a second import should queue here, not hold a store worker
        this.importer = new Blocking(vertx.createSharedWorkerExecutor("lexmaturity-statute-import", 1, 6, TimeUnit.HOURS));
        try {
            this.uploads = Files.createTempDirectory("lexmaturity-statute-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for statute uploads", e);
        }
    }

    public void mount(Router router) {
        // the role is checked before a byte of the upload is read
        router.post(PATH).handler(Access.require(Role.ANALYST));
        router.post(PATH).handler(SpooledBody.limitedTo(MAX_UPLOAD_BYTES, uploads)).handler(this::importUpload);
    }

    private void importUpload(RoutingContext ctx) {
        Path body = SpooledBody.of(ctx);
        String name = Links.baseName(ctx.request().getParam("name"), "upload");
        String user = Access.userName(ctx);
        importer.run(ctx, () -> {
            LOG.info("Statute import of {} by {} started", name, user);
            if (validator == null) {
                ministries = Ministries.load();
                validator = ShapeValidator.load();
            }
            return new StatuteImport(store, ministries, validator, StatuteImport.WhenRefused.WRITE_NOTHING,
                    line -> LOG.info("{} ({}, {})", line, name, user)).importUpload(name, body);
        }, summary -> {
            if (summary.files() == 0 && summary.complete()) {
                throw new HttpException(400, name + ": no statute files in the upload");
            }
            int status = summary.complete() ? 200 : 422;
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json(name, summary, status).encodePrettily());
        });
    }

    static JsonObject json(String name, ImportSummary s, int status) {
        JsonArray refused = new JsonArray();
        s.refused().forEach(r -> refused.add(new JsonObject().put("file", r.source()).put("place", r.place()).put("reason", r.problem())));
        JsonObject j = new JsonObject().put("upload", name).put("files", s.files()).put("acts", s.imported()).put("replaced", s.replaced())
                .put("committed", s.complete()).put("refused", refused);
        if (!s.complete()) {
            j.put("status", status).put("error", s.refused().size() + (s.refused().size() == 1 ? " file" : " files") + " refused; nothing imported");
        }
        return j;
    }
}
