package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.ingest.SourceFiles;
import org.lexmaturity.ingest.StatuteFormats;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.Division;

/**
 * Screens every provision of the real Finnish statutes of 2019 (Finlex bulk download, shared test material).
 * Only sanity is asserted (it completes, is fast, finds the common indicators); the samples are printed for a
 * person to judge.
 */
class FinlexScreeningTest {

    record Sample(String act, String eId, Match match, String sentence) {}

    @Test
    void screensTheFinnishStatutesOf2019() {
        Path tarball = TestData.path("legislation/finlex-xml/asd-fi-2019.tar.gz");
        Screener screener = new Screener(IndicatorRules.shipped());
        List<ImportReport.Refusal> refused = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<Sample> samples = new ArrayList<>();
        int[] provisions = {0};
        long[] screeningNanos = {0};
        long[] chars = {0};
        long began = System.nanoTime();
        SourceFiles.forEach(List.of(tarball), source -> {
            for (ActExpression act : StatuteFormats.read(source)) {
                walk(act.divisions(), d -> {
                    long t = System.nanoTime();
                    List<Match> matches = screener.screen(d.text(), act.language());
                    screeningNanos[0] += System.nanoTime() - t;
                    provisions[0]++;
                    chars[0] += d.text().length();
                    for (Match m : matches) {
                        counts.merge(m.indicator().code(), 1, Integer::sum);
                        samples.add(new Sample(act.number().local(), d.eId(), m, shorten(d.text().substring(m.sentenceStart(), m.sentenceEnd()))));
                    }
                });
            }
        }, refused::add);
        double total = (System.nanoTime() - began) / 1e9;
        double screening = screeningNanos[0] / 1e9;
        System.out.printf("Finlex 2019 (fi): %d provisions, %d characters, screened in %.2f s (%.2f s with reading the XML), %d matches%n",
                provisions[0], chars[0], screening, total, samples.size());
        System.out.println("Matches per indicator: " + counts);
        // one sample for each of 15 indicators, spread over the year: the middle match of each indicator
        Map<String, List<Sample>> byCode = new LinkedHashMap<>();
        samples.forEach(s -> byCode.computeIfAbsent(s.match().indicator().code(), k -> new ArrayList<>()).add(s));
        byCode.values().stream().limit(15).forEach(list -> {
            Sample s = list.get(list.size() / 2);
            Match m = s.match();
            System.out.printf("  %-10s %-28s %-26s [%d,%d) \"%s\"  | %s%n", s.act(), s.eId(), m.indicator().code(),
                    m.start(), m.end(), m.text(), s.sentence());
        });
        assertThat(refused).isEmpty();
        assertThat(provisions[0]).isGreaterThan(10_000);
        assertThat(counts.getOrDefault("written-form", 0)).as("written-form matches").isGreaterThan(20);
        assertThat(counts.getOrDefault("application-only", 0)).as("application-only matches").isGreaterThan(20);
        // the time is printed above for the record; speed is the benchmark's to judge, not a test's (issue 7)
    }

    private static String shorten(String sentence) {
        String one = sentence.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }

    private void walk(List<Division> divisions, java.util.function.Consumer<Division> each) {
        for (Division d : divisions) {
            if (!d.text().isEmpty()) {
                each.accept(d);
            }
            walk(d.children(), each);
        }
    }
}
