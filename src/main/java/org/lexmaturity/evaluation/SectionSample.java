package org.lexmaturity.evaluation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Draws sections of the statute book for an expert to label, in both languages: per year, some sections at random
 * and as many again among those whose Finnish text has a word an expert would look at twice (a broad list of word
 * beginnings, wider than any rule, so that the set has enough barriers and enablers to measure and still has plain
 * sections to measure false hits on). Acts held out for independent evaluation are never drawn.
 */
public final class SectionSample {
    /** A section in both languages. */
    public record Pair(SectionText fi, SectionText sv) {}

    /** Held out for independent evaluation: never labelled by the project. */
    public static final Set<String> HELD_OUT = Set.of("2003/434", "2009/617", "2019/306");

    private static final Pattern CUES = Pattern.compile("\\b(?:kirjall|allekirj|alkuperäi|jäljennö|henkilökoh|paikalle|saapu|posti|kirjee"
            + "|lomak|harkin|tarpee|tarvitta|välttämät|kohtuu|ilmei|olennai|vähäi|merkittäv|riittäv|luotettav|syy|hakemu|pyynnö|salassa"
            + "|vaitiolo|suostum|säilyt|sähköi|tietojärjestelm|viran puolesta|estämättä|verkkosivu|teknise|rajapin|tietoverk)");

    private final StatuteBook book;
    private final Random random;

    public SectionSample(StatuteBook book, long seed) {
        this.book = book;
        this.random = new Random(seed);
    }

    /**
     * Draws about {@code perYear} sections from each year, half at random and half among sections with a cue,
     * from {@code actsPerYear} acts drawn at random; only sections that both languages have.
     */
    public List<Pair> draw(int fromYear, int toYear, int actsPerYear, int perYear) {
        List<Pair> out = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            List<String> entries = entries(year);
            Collections.shuffle(entries, random);
            Set<String> chosen = new HashSet<>(entries.subList(0, Math.min(actsPerYear, entries.size())));
            Map<String, SectionText> fi = new LinkedHashMap<>();
            book.sections("fi", year, chosen).forEach(s -> fi.put(s.act() + " " + s.section(), s));
            List<Pair> pairs = new ArrayList<>();
            for (SectionText sv : book.sections("sv", year, chosen)) {
                SectionText f = fi.get(sv.act() + " " + sv.section());
                if (f != null && !HELD_OUT.contains(f.act())) {
                    pairs.add(new Pair(f, sv));
                }
            }
            Collections.shuffle(pairs, random);
            List<Pair> cued = pairs.stream().filter(p -> CUES.matcher(p.fi().text().toLowerCase(Locale.ROOT)).find()).toList();
            // at most three sections of one act, so that one long act does not make the set
            Set<Pair> picked = new java.util.LinkedHashSet<>();
            Map<String, Integer> perAct = new java.util.HashMap<>();
            for (List<Pair> pool : List.of(cued, pairs)) {
                int limit = pool == cued ? perYear / 2 : perYear;
                for (Pair p : pool) {
                    if (picked.size() >= limit) {
                        break;
                    }
                    if (!picked.contains(p) && perAct.merge(p.fi().act(), 1, Integer::sum) <= 3) {
                        picked.add(p);
                    }
                }
            }
            out.addAll(picked);
        }
        return out;
    }

    private List<String> entries(int year) {
        List<String> names = new ArrayList<>();
        if (!Files.exists(book.archive("fi", year))) {
            return names;
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(book.archive("fi", year))));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (!e.isDirectory() && name.endsWith(".xml")) {
                    names.add(name);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Collections.sort(names);
        return names;
    }
}
