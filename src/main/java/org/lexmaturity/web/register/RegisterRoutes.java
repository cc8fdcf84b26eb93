package org.lexmaturity.web.register;

import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.http.RawBody;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.lexmaturity.register.Barrier;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.register.Change;
import org.lexmaturity.register.Measure;
import org.lexmaturity.register.RawEntry;
import org.lexmaturity.register.StatusEntry;
import org.lexmaturity.auth.Role;
import org.lexmaturity.vocab.Vocabulary;

/**
 * {@code /api/barriers} and {@code /api/measures}: list, read, create (POST) and change (PUT) as JSON. Codes of
 * the shipped vocabularies are used on the way in and out ("written-form", "vm", "assessed"); provisions may be
 * given as "434/2003 16 §" or as IRIs and come back as IRIs.
 */
public final class RegisterRoutes {

    private final BarrierRegister register;
    private final Blocking blocking;

    public RegisterRoutes(Services services) {
        this.register = services.register();
        this.blocking = services.blocking();
    }

    public void mount(Router router) {
        Handler<RoutingContext> writes = Access.require(Role.ANALYST);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(RawBody.MAX_JSON_BYTES);
        router.get("/api/barriers").handler(ctx -> json(ctx, () -> {
            JsonArray list = new JsonArray();
            register.barriers().forEach(v -> list.add(barrier(v)));
            return new JsonObject().put("barriers", list);
        }));
        router.get("/api/barriers/:id").handler(ctx -> json(ctx, () -> register.barrier(ctx.pathParam("id")).map(RegisterRoutes::barrier)
                .orElseThrow(() -> new HttpException(404, "no barrier " + ctx.pathParam("id")))));
        router.post("/api/barriers").handler(body).handler(writes).handler(ctx -> write(ctx, 201,
                () -> barrier(register.createBarrier(entry(ctx, null), Access.userName(ctx)))));
        router.put("/api/barriers/:id").handler(body).handler(writes).handler(ctx -> write(ctx, 200,
                () -> barrier(register.updateBarrier(ctx.pathParam("id"), entry(ctx, ctx.pathParam("id")), step(ctx), Access.userName(ctx)))));

        router.get("/api/measures").handler(ctx -> json(ctx, () -> {
            JsonArray list = new JsonArray();
            register.measures().forEach(v -> list.add(measure(v)));
            return new JsonObject().put("measures", list);
        }));
        router.get("/api/measures/:id").handler(ctx -> json(ctx, () -> register.measure(ctx.pathParam("id")).map(RegisterRoutes::measure)
                .orElseThrow(() -> new HttpException(404, "no measure " + ctx.pathParam("id")))));
        router.post("/api/measures").handler(body).handler(writes).handler(ctx -> write(ctx, 201,
                () -> measure(register.createMeasure(entry(ctx, null), Access.userName(ctx)))));
        router.put("/api/measures/:id").handler(body).handler(writes).handler(ctx -> write(ctx, 200,
                () -> measure(register.updateMeasure(ctx.pathParam("id"), entry(ctx, ctx.pathParam("id")), step(ctx), Access.userName(ctx)))));
    }

    /** A read: who made each change is shown to readers and up only (account names may be personal data). */
    private void json(RoutingContext ctx, Supplier<JsonObject> work) {
        boolean names = Access.role(ctx).includes(Role.READER);
        blocking.run(ctx, work::get, json -> {
            if (!names) {
                withoutNames(json);
            }
            ctx.response().putHeader("Content-Type", "application/json").end(json.encodePrettily());
        });
    }

    private static void withoutNames(Object json) {
        if (json instanceof JsonObject o) {
            if (o.containsKey("changes")) {
                o.getJsonArray("changes").forEach(c -> ((JsonObject) c).remove("by"));
            }
            o.forEach(e -> withoutNames(e.getValue()));
        } else if (json instanceof JsonArray a) {
            a.forEach(RegisterRoutes::withoutNames);
        }
    }

    private void write(RoutingContext ctx, int status, Supplier<JsonObject> work) {
        blocking.run(ctx, () -> {
            try {
                return work.get();
            } catch (BarrierRegister.Conflict c) {
                throw new HttpException(c.status, c.getMessage());
            }
        }, json -> {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json");
            if (status == 201) {
                ctx.response().putHeader("Location", ctx.request().path() + "/" + json.getString("id"));
            }
            ctx.response().end(json.encodePrettily());
        });
    }

    /** The request body as a raw entry; field names as in the JSON this API returns. */
    private static RawEntry entry(RoutingContext ctx, String pathId) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            throw new HttpException(400, "the body is not a JSON object: " + e.getMessage());
        }
        if (body == null) {
            throw new HttpException(400, "a JSON object body is required");
        }
        String id = typed(body, "id", String.class, pathId);
        if (pathId != null && !pathId.equals(id)) {
            throw new HttpException(400, "the id in the body (" + id + ") differs from the id in the path (" + pathId + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (var f : Map.of("theme", "theme", "barrierType", "barrier_type", "severity", "severity", "ministry", "ministry",
                "action", "action", "status", "status", "owner", "owner", "targetDate", "target_date", "amendingAct", "amending_act").entrySet()) {
            Object v = body.getValue(f.getKey());
            if (v != null) {
                fields.put(f.getValue(), String.valueOf(v));
            }
        }
        JsonArray history = typed(body, "statusHistory", JsonArray.class, null);
        if (history != null) {
            StringBuilder h = new StringBuilder();
            for (int i = 0; i < history.size(); i++) {
                if (!(history.getValue(i) instanceof JsonObject step)) {
                    throw new HttpException(400, "field statusHistory: entry " + (i + 1) + " must be a JSON object with date and status");
                }
                h.append(step.getString("date", "")).append(' ').append(step.getString("status", "")).append("; ");
            }
            fields.put("status_history", h.toString());
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (var f : Map.of("provisions", "provisions", "lifeEvents", "life_events", "supportedBy", "supported_by", "addresses", "addresses").entrySet()) {
            JsonArray a = typed(body, f.getKey(), JsonArray.class, null);
            if (a != null) {
                List<String> values = new ArrayList<>();
                a.forEach(x -> values.add(String.valueOf(x)));
                lists.put(f.getValue(), values);
            }
        }
        return new RawEntry(id, "body", texts(typed(body, "title", JsonObject.class, null)), texts(typed(body, "description", JsonObject.class, null)),
                fields, lists);
    }

    /** A field of the body as the type it must have, or a 400 naming the field (a number where text belongs was a 500). */
    private static <T> T typed(JsonObject body, String field, Class<T> type, T absent) {
        Object v = body.getValue(field);
        if (v == null) {
            return absent;
        }
        if (!type.isInstance(v)) {
            String kind = type == String.class ? "a string" : type == JsonArray.class ? "a JSON array" : "a JSON object";
            throw new HttpException(400, "field " + field + " must be " + kind);
        }
        return type.cast(v);
    }

    /**
     * A dated status change with a note: {@code statusDate} and/or {@code statusNote} beside {@code status} append
     * that step (a plain {@code status} change is dated today, as before).
     */
    private static BarrierRegister.StatusStep step(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null || (body.getValue("statusDate") == null && body.getValue("statusNote") == null)) {
            return BarrierRegister.StatusStep.NONE;
        }
        return new BarrierRegister.StatusStep(typed(body, "status", String.class, ""), typed(body, "statusDate", String.class, ""),
                typed(body, "statusNote", String.class, ""));
    }

    private static Map<String, String> texts(JsonObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o != null) {
            o.forEach(e -> m.put(e.getKey(), String.valueOf(e.getValue())));
        }
        return m;
    }

    static JsonObject barrier(BarrierRegister.BarrierView v) {
        Barrier b = v.barrier();
        JsonObject j = new JsonObject().put("id", b.id()).put("iri", v.iri().getURI())
                .put("title", new JsonObject(new LinkedHashMap<>(b.title()))).put("description", new JsonObject(new LinkedHashMap<>(b.description())));
        b.theme().ifPresent(t -> j.put("theme", Vocabulary.code(t)));
        b.type().ifPresent(t -> j.put("barrierType", Vocabulary.code(t)));
        j.put("provisions", iris(b.provisions()));
        b.severity().ifPresent(s -> j.put("severity", s));
        j.put("lifeEvents", codes(b.lifeEvents()));
        b.ministry().ifPresent(m -> j.put("ministry", Vocabulary.code(m)));
        b.action().ifPresent(a -> j.put("action", Vocabulary.code(a)));
        j.put("status", Vocabulary.code(b.status()));
        j.put("statusHistory", history(b.history()));
        j.put("supportedBy", iris(b.supportedBy()));
        j.put("measures", new JsonArray(new ArrayList<>(v.measures())));
        j.put("changes", changes(v.changes()));
        return j;
    }

    static JsonObject measure(BarrierRegister.MeasureView v) {
        Measure m = v.measure();
        JsonObject j = new JsonObject().put("id", m.id()).put("iri", v.iri().getURI()).put("title", new JsonObject(new LinkedHashMap<>(m.title())))
                .put("addresses", new JsonArray(new ArrayList<>(m.addresses())));
        m.owner().ifPresent(o -> j.put("owner", Vocabulary.code(o)));
        m.targetDate().ifPresent(d -> j.put("targetDate", d.toString()));
        j.put("status", Vocabulary.code(m.status()));
        j.put("statusHistory", history(m.history()));
        m.amendingAct().ifPresent(a -> j.put("amendingAct", a.local()));
        j.put("changes", changes(v.changes()));
        return j;
    }

    private static JsonArray iris(List<Node> nodes) {
        JsonArray a = new JsonArray();
        nodes.forEach(n -> a.add(n.getURI()));
        return a;
    }

    private static JsonArray codes(List<Node> nodes) {
        JsonArray a = new JsonArray();
        nodes.forEach(n -> a.add(Vocabulary.code(n)));
        return a;
    }

    private static JsonArray history(List<StatusEntry> history) {
        JsonArray a = new JsonArray();
        history.forEach(s -> {
            JsonObject step = new JsonObject().put("date", s.date().toString()).put("status", Vocabulary.code(s.status()));
            s.note().ifPresent(n -> step.put("note", n));
            a.add(step);
        });
        return a;
    }

    private static JsonArray changes(List<Change> changes) {
        JsonArray a = new JsonArray();
        changes.forEach(c -> a.add(new JsonObject().put("at", c.at().toString()).put("by", c.by()).put("fields", c.fields())));
        return a;
    }
}
