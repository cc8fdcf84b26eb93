package org.lexmaturity.web.register;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.lexmaturity.register.Change;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.register.MeasureDue;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Labels;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.lexmaturity.auth.Role;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.register.BarrierRegister.BarrierView;
import org.lexmaturity.register.BarrierRegister.MeasureView;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.vocab.Vocabulary;

/**
 * The register pages: {@code /barriers} and {@code /measures} (lists with filters and counts), one entry with all
 * its fields, status history, measures and change log, and for analysts the create and edit forms. Every change goes
 * through {@link BarrierRegister}, with the same checks as the JSON API: refused, the form comes back with each
 * problem at its field and the input kept (422); saved, a 303 to the entry's page with a confirmation.
 * The register is one of the public graphs, so reading it needs no role; changing it needs an analyst.
 */
public final class RegisterPages {
    private final BarrierRegister register;
    private final StatuteCatalog catalog;
    private final Blocking blocking;
    private final Pages pages;

    public RegisterPages(Services services) {
        this.register = services.register();
        this.catalog = services.statutes();
        this.blocking = services.blocking();
        this.pages = services.pages();
    }

    public void mount(Router router) {
        var analyst = Access.require(Role.ANALYST);
        router.get("/barriers").handler(this::barrierList);
        router.get("/barriers/new").handler(analyst).handler(ctx -> barrierForm(ctx, null, RegisterForm.blank(), 200));
        router.post("/barriers").handler(analyst).handler(ctx -> saveBarrier(ctx, null));
        router.get("/barriers/:id").handler(this::barrierPage);
        router.get("/barriers/:id/edit").handler(analyst).handler(this::editBarrier);
        router.post("/barriers/:id").handler(analyst).handler(ctx -> saveBarrier(ctx, ctx.pathParam("id")));

        router.get("/measures").handler(this::measureList);
        router.get("/measures/new").handler(analyst).handler(ctx -> measureForm(ctx, null, RegisterForm.blank(), 200));
        router.post("/measures").handler(analyst).handler(ctx -> saveMeasure(ctx, null));
        router.get("/measures/:id").handler(this::measurePage);
        router.get("/measures/:id/edit").handler(analyst).handler(this::editMeasure);
        router.post("/measures/:id").handler(analyst).handler(ctx -> saveMeasure(ctx, ctx.pathParam("id")));
    }

    // --- barriers

    private void barrierList(RoutingContext ctx) {
        BarrierFilter filter = BarrierFilter.of(ctx);
        blocking.run(ctx, () -> filter.apply(register.barriers(), actBarriers(filter.act())), result -> {
            Map<String, Object> model = new HashMap<>();
            model.put("f", filter);
            model.put("barriers", result.shown());
            model.put("total", result.total());
            model.put("byStatus", result.byStatus());
            model.put("actProblem", result.actProblem());
            model.put("labels", new Labels(UiLanguage.of(ctx)));
            pages.render(ctx, "barriers", model);
        });
    }

    /** The ids of the barriers concerning an act, or empty when no act is asked for; a wrong act number is a problem. */
    private Optional<ActFilter> actBarriers(String act) {
        if (act.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> iri = Optional.empty();
        boolean wellFormed = false;
        // "9001/2016" is the Finnish form, "2016/9001" the URL form; with four-digit numbers both parse, the store decides
        for (Function<String, ActNumber> parse : List.<Function<String, ActNumber>>of(
                ActNumber::parseLocal, ActNumber::parseYearFirst)) {
            try {
                ActNumber number = parse.apply(act);
                wellFormed = true;
                iri = catalog.find(number);
                if (iri.isPresent()) {
                    break;
                }
            } catch (IllegalArgumentException notThisForm) {
                // try the other form
            }
        }
        if (!wellFormed) {
            return Optional.of(new ActFilter(Set.of(), "format"));
        }
        return Optional.of(iri.map(i -> new ActFilter(register.concerning(NodeFactory.createURI(i)).stream()
                .map(v -> v.barrier().id()).collect(Collectors.toSet()), "")).orElse(new ActFilter(Set.of(), "unknown")));
    }

    /** The barriers of an act filter, and "format" or "unknown" when the act given is not one. */
    record ActFilter(Set<String> ids, String problem) {}

    private void barrierPage(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.run(ctx, () -> {
            BarrierView v = register.barrier(id).orElseThrow(() -> new HttpException(404, "No barrier " + id));
            Map<String, MeasureView> measures = new LinkedHashMap<>();
            v.measures().forEach(m -> register.measure(m).ifPresent(mv -> measures.put(m, mv)));
            return Map.entry(v, measures);
        }, found -> {
            Map<String, Object> model = new HashMap<>();
            model.put("v", found.getKey());
            model.put("b", found.getKey().barrier());
            model.put("changes", changeRows(found.getKey().changes(), pages.text().words(UiLanguage.of(ctx))));
            model.put("measures", found.getValue().values());
            model.put("labels", new Labels(UiLanguage.of(ctx)));
            model.put("saved", saved(ctx));
            pages.render(ctx, "barrier", model);
        });
    }

    private void editBarrier(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String lang = UiLanguage.of(ctx);
        blocking.run(ctx, () -> register.barrier(id).orElseThrow(() -> new HttpException(404, "No barrier " + id)),
                v -> barrierForm(ctx, v, RegisterForm.of(v.barrier(), lang), 200));
    }

    private void barrierForm(RoutingContext ctx, BarrierView view, RegisterForm form, int status) {
        entryForm(ctx, "barrier-form", view, form, status);
    }

    /** A barrier or measure form ({@code template}): {@code view} is the entry being edited, null for a new one. */
    private void entryForm(RoutingContext ctx, String template, Object view, RegisterForm form, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("v", view);
        model.put("form", form);
        model.put("labels", new Labels(UiLanguage.of(ctx)));
        model.put("today", LocalDate.now().toString());
        ctx.response().setStatusCode(status);
        pages.render(ctx, template, model);
    }

    private void saveBarrier(RoutingContext ctx, String id) {
        RegisterForm form = RegisterForm.of(ctx.request().formAttributes());
        String agent = Access.userName(ctx);
        save(ctx, form, () -> id == null ? register.createBarrier(form.barrier(null), form.step(), agent).barrier().id()
                        : register.updateBarrier(id, form.barrier(id), form.step(), agent).barrier().id(),
                savedId -> "/barriers/" + encode(savedId) + "?saved=" + (id == null ? "created" : "changed"),
                () -> id == null ? null : register.barrier(id).orElse(null),
                view -> barrierForm(ctx, (BarrierView) view, form, 422));
    }

    // --- measures

    private void measureList(RoutingContext ctx) {
        MeasureFilter filter = MeasureFilter.of(ctx);
        blocking.run(ctx, () -> filter.apply(register.measures(), LocalDate.now()), result -> {
            Map<String, Object> model = new HashMap<>();
            model.put("f", filter);
            model.put("measures", result.shown());
            model.put("total", result.total());
            model.put("byStatus", result.byStatus());
            Map<String, MeasureDue> dues = new HashMap<>();
            result.shown().forEach(v -> dues.put(v.measure().id(), MeasureDue.of(v.measure(), LocalDate.now())));
            model.put("dues", dues);
            model.put("labels", new Labels(UiLanguage.of(ctx)));
            pages.render(ctx, "measures", model);
        });
    }

    private void measurePage(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.run(ctx, () -> {
            MeasureView v = register.measure(id).orElseThrow(() -> new HttpException(404, "No measure " + id));
            Map<String, BarrierView> barriers = new LinkedHashMap<>();
            v.measure().addresses().forEach(b -> register.barrier(b).ifPresent(bv -> barriers.put(b, bv)));
            return Map.entry(v, barriers);
        }, found -> {
            Map<String, Object> model = new HashMap<>();
            model.put("v", found.getKey());
            model.put("m", found.getKey().measure());
            model.put("changes", changeRows(found.getKey().changes(), pages.text().words(UiLanguage.of(ctx))));
            model.put("barriers", found.getValue().values());
            model.put("due", MeasureDue.of(found.getKey().measure(), LocalDate.now()));
            model.put("labels", new Labels(UiLanguage.of(ctx)));
            model.put("saved", saved(ctx));
            pages.render(ctx, "measure", model);
        });
    }

    private void editMeasure(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.run(ctx, () -> register.measure(id).orElseThrow(() -> new HttpException(404, "No measure " + id)),
                v -> measureForm(ctx, v, RegisterForm.of(v.measure()), 200));
    }

    private void measureForm(RoutingContext ctx, MeasureView view, RegisterForm form, int status) {
        entryForm(ctx, "measure-form", view, form, status);
    }

    private void saveMeasure(RoutingContext ctx, String id) {
        RegisterForm form = RegisterForm.of(ctx.request().formAttributes());
        String agent = Access.userName(ctx);
        save(ctx, form, () -> id == null ? register.createMeasure(form.measure(null), form.step(), agent).measure().id()
                        : register.updateMeasure(id, form.measure(id), form.step(), agent).measure().id(),
                savedId -> "/measures/" + encode(savedId) + "?saved=" + (id == null ? "created" : "changed"),
                () -> id == null ? null : register.measure(id).orElse(null),
                view -> measureForm(ctx, (MeasureView) view, form, 422));
    }

    // --- shared

    /**
     * Runs a change; saved, redirects (303) to the entry; refused (problems, or an id that exists), shows the form
     * again with the current entry (read after the refusal: nothing was written) and the problems in place.
     */
    private void save(RoutingContext ctx, RegisterForm form, Callable<String> change, Function<String, String> target,
                      Callable<Object> current, Consumer<Object> again) {
        blocking.run(ctx, () -> {
            try {
                return new Saved(change.call(), null);
            } catch (Problems.Failed refused) {
                form.refused(refused.problems());
            } catch (BarrierRegister.Conflict conflict) {
                if (conflict.status == 404) {
                    throw new HttpException(404, conflict.getMessage());
                }
                form.refused("id", conflict.getMessage());
            }
            return new Saved(null, current.call());
        }, saved -> {
            if (saved.id() != null) {
                ctx.response().setStatusCode(303).putHeader("Location", target.apply(saved.id())).end();
            } else {
                again.accept(saved.current());
            }
        });
    }

    private record Saved(String id, Object current) {}

    /** One line of a change log: when (minutes, local time), who, and what in the page's words. */
    record ChangeRow(String at, String iso, String by, String what) {}

    /** The change log newest first, the changed fields named in the page language. */
    static List<ChangeRow> changeRows(List<Change> changes, Map<String, String> words) {
        List<ChangeRow> out = new ArrayList<>();
        var minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        for (var c : changes) {
            out.add(new ChangeRow(minutes.format(c.at()), c.at().toString(), c.by(), Labels.changedFields(c.fields(), words)));
        }
        Collections.reverse(out);
        return out;
    }


    private static String saved(RoutingContext ctx) {
        String s = ctx.request().getParam("saved");
        return s != null && (s.equals("created") || s.equals("changed")) ? s : "";
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    static String param(RoutingContext ctx, String name) {
        String v = ctx.request().getParam(name);
        return v == null ? "" : v.strip();
    }

    static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    static String code(Optional<Node> n) {
        return n.map(Vocabulary::code).orElse("");
    }

    /** The filters of the barrier list, as given in the query string. */
    record BarrierFilter(String status, String theme, String ministry, String type, String act, String q) {
        static BarrierFilter of(RoutingContext ctx) {
            return new BarrierFilter(param(ctx, "status"), param(ctx, "theme"), param(ctx, "ministry"), param(ctx, "type"),
                    param(ctx, "act"), param(ctx, "q"));
        }

        boolean any() {
            return !(status + theme + ministry + type + act + q).isEmpty();
        }

        record Result(List<BarrierView> shown, int total, Map<String, Long> byStatus, String actProblem) {}

        Result apply(List<BarrierView> all, Optional<ActFilter> actFilter) {
            List<BarrierView> shown = all.stream().filter(v -> {
                var b = v.barrier();
                return (status.isEmpty() || Vocabulary.code(b.status()).equals(status))
                        && (theme.isEmpty() || code(b.theme()).equals(theme))
                        && (ministry.isEmpty() || code(b.ministry()).equals(ministry))
                        && (type.isEmpty() || code(b.type()).equals(type))
                        && actFilter.map(a -> a.ids().contains(b.id())).orElse(true)
                        && (q.isEmpty() || contains(b.id(), q) || b.title().values().stream().anyMatch(t -> contains(t, q))
                            || b.description().values().stream().anyMatch(t -> contains(t, q)));
            }).toList();
            Map<String, Long> byStatus = new LinkedHashMap<>();
            Vocabulary.shipped().concepts("barrier-status").forEach(s -> byStatus.put(Vocabulary.code(s),
                    shown.stream().filter(v -> v.barrier().status().equals(s)).count()));
            return new Result(shown, all.size(), byStatus, actFilter.map(ActFilter::problem).orElse(""));
        }
    }

    /** The filters of the measure list; {@code due} is "overdue" or "soon". */
    record MeasureFilter(String status, String owner, String due, String barrier, String q) {
        static MeasureFilter of(RoutingContext ctx) {
            return new MeasureFilter(param(ctx, "status"), param(ctx, "owner"), param(ctx, "due"), param(ctx, "barrier"), param(ctx, "q"));
        }

        boolean any() {
            return !(status + owner + due + barrier + q).isEmpty();
        }

        record Result(List<MeasureView> shown, int total, Map<String, Long> byStatus) {}

        Result apply(List<MeasureView> all, LocalDate today) {
            List<MeasureView> shown = all.stream().filter(v -> {
                var m = v.measure();
                MeasureDue d = MeasureDue.of(m, today);
                return (status.isEmpty() || Vocabulary.code(m.status()).equals(status))
                        && (owner.isEmpty() || code(m.owner()).equals(owner))
                        && (due.isEmpty() || (due.equals("overdue") && d.overdue()) || (due.equals("soon") && d.soon()))
                        && (barrier.isEmpty() || m.addresses().stream().anyMatch(b -> b.equalsIgnoreCase(barrier)))
                        && (q.isEmpty() || contains(m.id(), q) || m.title().values().stream().anyMatch(t -> contains(t, q)));
            }).toList();
            Map<String, Long> byStatus = new LinkedHashMap<>();
            Vocabulary.shipped().concepts("measure-status").forEach(s -> byStatus.put(Vocabulary.code(s),
                    shown.stream().filter(v -> v.measure().status().equals(s)).count()));
            return new Result(shown, all.size(), byStatus);
        }
    }
}
