package org.lexmaturity.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisDefinition.Chart;
import org.lexmaturity.analysis.AnalysisDefinition.Column;
import org.lexmaturity.analysis.AnalysisResult;

/** Analysis results built by hand, one per chart type, with titles and labels in fi, sv and en. */
final class ChartFixtures {
    static final List<String> TYPES = List.of("bar", "stacked-bar", "heatmap", "line", "radar", "pie");

    static final Column THEME = column("theme", "string", "Teema", "Tema", "Theme");
    static final Column STATUS = column("status", "string", "Tila", "Status", "Status");
    static final Column SECTOR = column("sector", "string", "Hallinnonala", "Förvaltningsområde", "Branch");
    static final Column COUNT = column("count", "integer", "Esteitä", "Hinder", "Barriers");

    private ChartFixtures() {}

    static Column column(String name, String type, String fi, String sv, String en) {
        return new Column(name, Map.of("fi", fi, "sv", sv, "en", en), type);
    }

    static AnalysisDefinition definition(String id, Map<String, String> title, List<Column> columns, Chart chart) {
        return new AnalysisDefinition(id, title, Map.of(), List.of(), columns, chart, true, "SELECT * {}");
    }

    static Map<String, String> titles(String fi, String sv, String en) {
        return Map.of("fi", fi, "sv", sv, "en", en);
    }

    static AnalysisResult result(AnalysisDefinition definition, List<List<Object>> rows) {
        return new AnalysisResult(definition, Map.of(), rows);
    }

    static AnalysisResult of(String type) {
        return switch (type) {
            case "bar" -> bar();
            case "stacked-bar" -> stackedBar();
            case "heatmap" -> heatmap();
            case "line" -> line();
            case "radar" -> radar();
            case "pie" -> pie();
            default -> throw new IllegalArgumentException(type);
        };
    }

    static AnalysisResult bar() {
        return result(definition("barriers-by-theme", titles("Esteet teemoittain", "Hinder per tema",
                        "Barriers by theme"), List.of(THEME, COUNT),
                new Chart("bar", "theme", Optional.empty(), "count")),
                List.of(row("Automaatio", 14L), row("Sähköinen asiointi", 11L), row("Tietosuoja", 9L),
                        row("Rajapinnat", 7L), row("Tunnistus", 5L), row("Pilvi", 3L)));
    }

    /** Eighteen long category names: must lie down. */
    static AnalysisResult manyBars() {
        List<List<Object>> rows = new ArrayList<>();
        String[] laws = {"Laki sähköisestä asioinnista viranomaistoiminnassa", "Hallintolaki", "Tietosuojalaki",
            "Laki julkisen hallinnon tiedonhallinnasta", "Arkistolaki", "Kuntalaki", "Verotusmenettelylaki",
            "Sosiaalihuoltolaki", "Terveydenhuoltolaki", "Laki digitaalisten palvelujen tarjoamisesta",
            "Väestötietolaki", "Kirjanpitolaki", "Tilintarkastuslaki", "Arvonlisäverolaki", "Tuloverolaki",
            "Rakentamislaki", "Ympäristönsuojelulaki", "Vesilaki"};
        for (int i = 0; i < laws.length; i++) {
            rows.add(row(laws[i], (long) (40 - i * 2 - (i % 3))));
        }
        return result(definition("barriers-by-act", titles("Esteet säädöksittäin", "Hinder per författning",
                        "Barriers by act"), List.of(column("act", "string", "Säädös", "Författning", "Act"), COUNT),
                new Chart("bar", "act", Optional.empty(), "count")), rows);
    }

    static AnalysisResult stackedBar() {
        List<List<Object>> rows = new ArrayList<>();
        String[] themes = {"Automaatio", "Tietosuoja", "Rajapinnat", "Tunnistus", "Pilvi"};
        String[] statuses = {"avoin", "työn alla", "ratkaistu"};
        long[][] counts = {{8, 4, 2}, {3, 4, 2}, {2, 3, 2}, {1, 2, 2}, {1, 1, 1}};
        for (int t = 0; t < themes.length; t++) {
            for (int s = 0; s < statuses.length; s++) {
                rows.add(List.of(themes[t], statuses[s], counts[t][s]));
            }
        }
        return result(definition("barriers-by-theme-and-status", titles("Esteet teemoittain ja tiloittain",
                        "Hinder per tema och status", "Barriers by theme and status"), List.of(THEME, STATUS, COUNT),
                new Chart("stacked-bar", "theme", Optional.of("status"), "count")), rows);
    }

    static AnalysisResult heatmap() {
        List<List<Object>> rows = new ArrayList<>();
        String[] themes = {"Automaatio", "Tietosuoja", "Rajapinnat", "Tunnistus", "Pilvi", "Sähköinen asiointi"};
        String[] sectors = {"VM", "STM", "TEM", "OKM", "LVM"};
        for (int t = 0; t < themes.length; t++) {
            for (int s = 0; s < sectors.length; s++) {
                if (t == 4 && s == 3) {
                    continue; // one missing cell stays white
                }
                rows.add(List.of(themes[t], sectors[s], (long) ((t * 7 + s * 5) % 17)));
            }
        }
        return result(definition("barriers-by-theme-and-sector", titles("Esteet teemoittain ja hallinnonaloittain",
                        "Hinder per tema och förvaltningsområde", "Barriers by theme and branch of government"),
                List.of(THEME, SECTOR, COUNT), new Chart("heatmap", "theme", Optional.of("sector"), "count")), rows);
    }

    static AnalysisResult line() {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            String month = String.format("%d-%02d", 2023 + m / 12, m % 12 + 1);
            rows.add(List.of(month, "laki", (long) (20 + (m * 7) % 13 + m)));
            rows.add(List.of(month, "asetus", (long) (35 + (m * 5) % 11 - m / 2)));
        }
        Column month = column("month", "string", "Kuukausi", "Månad", "Month");
        Column kind = column("kind", "string", "Säädöslaji", "Författningsslag", "Kind of act");
        Column acts = column("acts", "integer", "Säädöksiä", "Författningar", "Acts");
        return result(definition("acts-by-month", titles("Julkaistut säädökset kuukausittain",
                        "Publicerade författningar per månad", "Acts published by month"), List.of(month, kind, acts),
                new Chart("line", "month", Optional.of("kind"), "acts")), rows);
    }

    static AnalysisResult lineByDate() {
        List<List<Object>> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int w = 0; w < 20; w++) {
            rows.add(List.of(start.plusWeeks(w), (long) (1000 + w * 137)));
        }
        Column day = column("day", "date", "Päivä", "Dag", "Day");
        Column total = column("total", "integer", "Esteitä yhteensä", "Hinder totalt", "Barriers in total");
        return result(definition("barriers-over-time", titles("Esteet ajan mittaan", "Hinder över tid",
                        "Barriers over time"), List.of(day, total), new Chart("line", "day", Optional.empty(), "total")),
                rows);
    }

    static AnalysisResult radar() {
        Column dimension = column("dimension", "string", "Ulottuvuus", "Dimension", "Dimension");
        Column level = column("level", "integer", "Taso", "Nivå", "Level");
        String[] dimensions = {"Koneluettavuus", "Yksiselitteisyys", "Automaatiovalmius", "Tietomallit",
            "Rajapinnat", "Viittaukset"};
        long[] levels = {3, 2, 1, 2, 4, 3};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < dimensions.length; i++) {
            rows.add(List.of(dimensions[i], levels[i]));
        }
        return result(definition("maturity-profile", titles("Kypsyysprofiili", "Mognadsprofil", "Maturity profile"),
                List.of(dimension, level), new Chart("radar", "dimension", Optional.empty(), "level")), rows);
    }

    static AnalysisResult pie() {
        return result(definition("barriers-by-status", titles("Esteet tiloittain", "Hinder per status",
                        "Barriers by status"), List.of(STATUS, COUNT),
                new Chart("pie", "status", Optional.empty(), "count")),
                List.of(row("avoin", 21L), row("työn alla", 12L), row("ratkaistu", 8L), row("hylätty", 2L)));
    }

    /** The same definition as {@link #bar()} with no rows. */
    static AnalysisResult empty(String type) {
        AnalysisDefinition d = of(type).definition();
        return result(d, List.of());
    }

    static AnalysisResult withType(AnalysisResult r, String type) {
        AnalysisDefinition d = r.definition();
        Chart c = d.chart();
        return result(definition(d.id(), d.title(), d.columns(), new Chart(type, c.category(), c.series(), c.value())),
                r.rows());
    }

    static AnalysisResult decimals() {
        Column share = column("share", "decimal", "Osuus", "Andel", "Share");
        return result(definition("share-by-theme", titles("Osuus teemoittain", "Andel per tema", "Share by theme"),
                List.of(THEME, share), new Chart("bar", "theme", Optional.empty(), "share")),
                List.of(row("Automaatio", new BigDecimal("12345.5")), row("Pilvi", new BigDecimal("0.25"))));
    }

    static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
