package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.ingest.StatuteFormats;
import org.lexmaturity.ingest.StatuteSource;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.Division;

/**
 * Screens every provision of the demo acts and checks the screener against the barriers planted in them
 * ({@code demo/statutes/planted-*.tsv}): every planted barrier is found, with the right barrier type, over its
 * phrase; no digital-ready (ENABLER) phrase causes a barrier. Prints how many further barriers it reports.
 */
class DemoScreeningTest {
    /** Planted kind → the barrier types that count as finding it (the TSV kinds are coarser than our types). */
    private static final Map<String, Set<String>> KIND_TYPES = Map.ofEntries(
            Map.entry("WF", Set.of("written-form")),
            Map.entry("SIG", Set.of("handwritten-signature")),
            Map.entry("PERS", Set.of("personal-appearance")),
            Map.entry("ORIG", Set.of("original-document", "certified-copy")),
            Map.entry("POST", Set.of("postal-delivery")),
            Map.entry("FORM", Set.of("prescribed-form")),
            Map.entry("NODISC", Set.of("no-disclosure-basis", "secrecy-blocks-exchange")),
            // the planted "no automation" rows are discretion ("erityisestä syystä") and decisions reserved to an official
            Map.entry("NOAUTO", Set.of("no-automation-basis", "discretion", "reserved-official")),
            Map.entry("APPL", Set.of("application-only")),
            Map.entry("LOC", Set.of("data-location")),
            Map.entry("TECH", Set.of("technology-specific")),
            Map.entry("REPEALED", Set.of("repealed-reference")));

    record Row(String act, String eId, String lang, String kind, String phrase) {
        String key() {
            return act + " " + eId + " " + lang;
        }
    }

    private static final Screener SCREENER = new Screener(IndicatorRules.shipped());
    /** "9001/2016 chp_2__sec_3__subsec_1 fi" → provision text. */
    private static final Map<String, String> PROVISIONS = new TreeMap<>();
    private static final Map<String, List<Match>> MATCHES = new HashMap<>();
    private static final List<Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void screenTheDemoActs() throws IOException {
        List<StatuteSource> files = DemoData.statuteFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        for (StatuteSource file : files) {
            for (ActExpression act : StatuteFormats.read(file)) {
                collect(act.number().local(), act.language(), act.divisions());
            }
        }
        PROVISIONS.forEach((key, text) -> MATCHES.put(key, SCREENER.screen(text, key.substring(key.lastIndexOf(' ') + 1))));
        for (String tsv : List.of("planted-9001-9015.tsv", "planted-9016-9030.tsv")) {
            ROWS.addAll(read("/demo/statutes/" + tsv));
        }
    }

    @Test
    void findsEveryPlantedBarrierWithItsTypeOverItsPhrase() {
        List<Row> barriers = ROWS.stream().filter(r -> !r.kind().equals("ENABLER")).toList();
        assertThat(barriers).hasSize(116);
        List<String> missed = new ArrayList<>();
        for (Row r : barriers) {
            String text = PROVISIONS.get(r.key());
            assertThat(text).as("provision " + r.key()).isNotNull();
            List<int[]> spans = occurrences(text, r.phrase());
            assertThat(spans).as("phrase of " + r + " in " + text).isNotEmpty();
            Set<String> types = KIND_TYPES.get(r.kind());
            boolean found = MATCHES.get(r.key()).stream().anyMatch(m -> standsAsBarrier(m)
                    && types.contains(code(m)) && spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end()));
            if (!found) {
                missed.add(r + "\n    text: " + text + "\n    matches: " + describe(MATCHES.get(r.key())));
            }
        }
        assertThat(missed).as("planted barriers not found").isEmpty();
    }

    @Test
    void noDigitalReadyPhraseCausesABarrier() {
        List<Row> enablers = ROWS.stream().filter(r -> r.kind().equals("ENABLER")).toList();
        assertThat(enablers).hasSize(84);
        List<String> wrong = new ArrayList<>();
        for (Row r : enablers) {
            String text = PROVISIONS.get(r.key());
            assertThat(text).as("provision " + r.key()).isNotNull();
            List<int[]> spans = occurrences(text, r.phrase());
            assertThat(spans).as("phrase of " + r + " in " + text).isNotEmpty();
            List<Match> caused = MATCHES.get(r.key()).stream().filter(m -> standsAsBarrier(m)
                    && spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end())).toList();
            if (!caused.isEmpty()) {
                wrong.add(r + "\n    text: " + text + "\n    barrier matches: " + describe(caused));
            }
        }
        assertThat(wrong).as("digital-ready phrasings reported as barriers").isEmpty();
    }

    @Test
    void printsPrecisionPerKind() {
        // planted spans per provision, by kind, to tell planted finds from extra matches
        Map<String, List<Row>> byProvision = new HashMap<>();
        ROWS.forEach(r -> byProvision.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        Map<String, int[]> table = new TreeMap<>(); // kind → planted rows, rows found, matches on planted phrases, extra matches
        KIND_TYPES.keySet().forEach(k -> table.put(k, new int[4]));
        List<String> extras = new ArrayList<>();
        for (Row r : ROWS) {
            if (!r.kind().equals("ENABLER")) {
                table.get(r.kind())[0]++;
                List<int[]> spans = occurrences(PROVISIONS.get(r.key()), r.phrase());
                if (MATCHES.get(r.key()).stream().anyMatch(m -> standsAsBarrier(m)
                        && KIND_TYPES.get(r.kind()).contains(code(m)) && spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end()))) {
                    table.get(r.kind())[1]++;
                }
            }
        }
        int enablerMatches = 0;
        int enablerRowsFound = 0;
        for (Map.Entry<String, List<Match>> e : MATCHES.entrySet()) {
            String text = PROVISIONS.get(e.getKey());
            List<Row> planted = byProvision.getOrDefault(e.getKey(), List.of());
            for (Match m : e.getValue()) {
                if (!standsAsBarrier(m)) {
                    enablerMatches += m.mitigated() ? 0 : 1;
                    continue;
                }
                String kind = kindOf(code(m));
                boolean isPlanted = planted.stream().anyMatch(r -> KIND_TYPES.getOrDefault(r.kind(), Set.of()).contains(code(m))
                        && occurrences(text, r.phrase()).stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end()));
                if (isPlanted) {
                    table.get(kind)[2]++;
                } else {
                    table.computeIfAbsent(kind, k -> new int[4])[3]++;
                    extras.add("  extra " + kind + " " + e.getKey() + " " + m.indicator().code() + " '" + m.text() + "'");
                }
            }
        }
        for (Row r : ROWS) {
            if (r.kind().equals("ENABLER")) {
                String text = PROVISIONS.get(r.key());
                List<int[]> spans = occurrences(text, r.phrase());
                if (MATCHES.get(r.key()).stream().anyMatch(m -> m.indicator().polarity() == Polarity.ENABLER
                        && spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end()))) {
                    enablerRowsFound++;
                }
            }
        }
        StringBuilder sb = new StringBuilder("Demo screening, rules " + SCREENER.rules().version() + ", " + PROVISIONS.size() + " provisions\n");
        sb.append(String.format(Locale.ROOT, "%-9s %7s %6s %18s %14s%n", "kind", "planted", "found", "matches on planted", "extra matches"));
        int[] total = new int[4];
        table.forEach((k, v) -> {
            sb.append(String.format(Locale.ROOT, "%-9s %7d %6d %18d %14d%n", k, v[0], v[1], v[2], v[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += v[i];
            }
        });
        sb.append(String.format(Locale.ROOT, "%-9s %7d %6d %18d %14d%n", "total", total[0], total[1], total[2], total[3]));
        sb.append("enabler rows: ").append(ROWS.stream().filter(r -> r.kind().equals("ENABLER")).count())
                .append(", of which covered by an enabler match: ").append(enablerRowsFound)
                .append("; enabler matches in all: ").append(enablerMatches);
        extras.forEach(x -> sb.append('\n').append(x));
        System.out.println(sb);
        assertThat(total[1]).isEqualTo(total[0]);
    }

    private static String kindOf(String barrierType) {
        return KIND_TYPES.entrySet().stream().filter(e -> e.getValue().contains(barrierType)).map(Map.Entry::getKey)
                .findFirst().orElse("OTHER:" + barrierType);
    }

    private static String code(Match m) {
        String iri = m.indicator().barrierType().map(n -> n.getURI()).orElse("");
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String describe(List<Match> matches) {
        return matches.stream().map(m -> m.indicator().code() + "[" + m.start() + "," + m.end() + ")'" + m.text() + "'").toList().toString();
    }

    private static List<int[]> occurrences(String text, String phrase) {
        List<int[]> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        String p = phrase.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
            out.add(new int[] {i, i + p.length()});
        }
        return out;
    }

    private static void collect(String act, String lang, List<Division> divisions) {
        for (Division d : divisions) {
            if (!d.text().isEmpty()) {
                PROVISIONS.put(act + " " + d.eId() + " " + lang, d.text());
            }
            collect(act, lang, d.children());
        }
    }

    private static List<Row> read(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = DemoScreeningTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            assertThat(header).startsWith("act\teId\tlang\tkind\tphrase");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return rows;
    }

    /** A barrier that stands: not mitigated by an alternative in the same sentence (a mitigated one is shown, not counted). */
    private static boolean standsAsBarrier(Match m) {
        return m.indicator().polarity() == Polarity.BARRIER && !m.mitigated();
    }
}
