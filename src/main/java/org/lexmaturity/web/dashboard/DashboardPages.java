package org.lexmaturity.web.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.register.MeasureDue;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Labels;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.auth.Role;
import org.lexmaturity.chart.ChartRenderer;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.register.BarrierRegister.MeasureView;
import org.lexmaturity.store.StoreStatsCache;
import org.lexmaturity.vocab.Vocabulary;

/**
 * The dashboard at {@code /}: key figures that each link to the page or analysis behind them, barriers by theme and
 * by status as charts (the analyses' own SVG, with its alt text and the numbers as a table beside it), the measures
 * that are overdue or due soon, and the register's latest changes. Every figure shown to a visitor comes from the
 * public graphs (the register is one of them); the count of survey answers citing acts, which is read from the
 * private survey graph, is shown to readers and up only.
 */
public final class DashboardPages {
    static final int RECENT = 10;
    private static final List<String> CHARTS = List.of("barriers-by-theme", "barrier-status-funnel");

    /** One chart of the dashboard: the analysis, where its picture is, its alt text, and its numbers. */
    record Chart(String id, String title, String src, String alt, String categoryHeader, String valueHeader, List<ChartRow> rows) {}

    /** One bar: its label, the code the register filter takes, and the count. */
    record ChartRow(String label, String code, long value) {}

    /** A measure on the due list. */
    record Due(MeasureView measure, MeasureDue due) {}

    /** One line of the recent changes. */
    record Recent(String kind, String id, String title, String at, String by, String what) {}

    private final BarrierRegister register;
    private final AnalysisRunner analyses;
    private final ChartRenderer charts = new ChartRenderer();
    private final Blocking blocking;
    private final Pages pages;
    private final StoreStatsCache counts;

    public DashboardPages(Services services) {
        this.counts = services.counts();
        this.register = services.register();
        this.analyses = services.analyses();
        this.blocking = services.blocking();
        this.pages = services.pages();
    }

    public void mount(Router router) {
        router.get("/").handler(this::dashboard);
    }

    private void dashboard(RoutingContext ctx) {
        String lang = UiLanguage.of(ctx);
        Map<String, String> words = pages.text().words(lang);
        blocking.run(ctx, () -> model(lang, words), model -> {
            model.put("canSeeCitations", Access.role(ctx).includes(Role.READER));
            pages.render(ctx, "index", model);
        });
    }

    private Map<String, Object> model(String lang, Map<String, String> words) {
        Map<String, Object> model = new HashMap<>();
        model.put("stats", counts.current());
        Labels labels = new Labels(lang);
        model.put("labels", labels);

        List<ChartRow> byStatus = new ArrayList<>();
        var barriers = register.barriers();
        for (var status : Vocabulary.shipped().concepts("barrier-status")) {
            byStatus.add(new ChartRow(labels.label(status), Vocabulary.code(status),
                    barriers.stream().filter(b -> b.barrier().status().equals(status)).count()));
        }
        model.put("byStatus", byStatus);

        List<Chart> list = new ArrayList<>();
        for (String id : CHARTS) {
            AnalysisResult r = analyses.run(id, Map.of(), lang);
            List<ChartRow> rows = r.rows().stream().map(row -> new ChartRow(String.valueOf(row.get(0)), String.valueOf(row.get(1)),
                    row.get(2) == null ? 0 : ((Number) row.get(2)).longValue())).toList();
            var columns = r.definition().columns();
            list.add(new Chart(id, r.definition().title(lang), "/api/analyses/" + id + "/chart.svg?lang=" + lang + "&width=720&height=420",
                    charts.altText(r, lang), label(columns.get(0).label(), lang), label(columns.get(2).label(), lang), rows));
        }
        model.put("charts", list);

        LocalDate today = LocalDate.now();
        List<Due> overdue = new ArrayList<>();
        List<Due> soon = new ArrayList<>();
        for (MeasureView m : register.measures()) {
            MeasureDue d = MeasureDue.of(m.measure(), today);
            if (d.overdue()) {
                overdue.add(new Due(m, d));
            } else if (d.soon()) {
                soon.add(new Due(m, d));
            }
        }
        Comparator<Due> byDate = Comparator.comparing((Due d) -> d.measure().measure().targetDate().orElseThrow());
        overdue.sort(byDate);
        soon.sort(byDate);
        model.put("overdue", overdue);
        model.put("soon", soon);
        model.put("soonDays", MeasureDue.SOON_DAYS);

        var minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        model.put("recent", register.recentChanges(RECENT).stream().map(c -> new Recent(c.kind(), c.id(), labels.title(c.title()),
                minutes.format(c.change().at()), c.change().by(), Labels.changedFields(c.change().fields(), words))).toList());
        return model;
    }

    private static String label(Map<String, String> labels, String lang) {
        return labels.getOrDefault(lang, labels.getOrDefault("en", ""));
    }
}
