package org.lexmaturity.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The morphological analysers the system has, per language, each behind a cache of the word forms seen (a statute
 * book repeats its words, so nearly every word is analysed once). Where a language has none, screening runs its
 * regular expressions alone and {@link #summary()} says so: the lemma rules add to the expressions, they never replace
 * them.
 *
 * <p>{@link #system()} looks once: Voikko for Finnish (libvoikko1, voikko-fi) and Hunspell for Swedish (hunspell-sv,
 * in {@code /usr/share/hunspell} or the folder named by the system property {@code lexmaturity.hunspell}). The
 * system property {@code lexmaturity.morphology=off} turns both off, to compare or to reproduce a regex-only result.
 */
public final class Morphologies {
    private static final Logger LOG = LoggerFactory.getLogger(Morphologies.class);
    /** A cache bound: a whole statute book has some hundreds of thousands of distinct forms per language. */
    private static final int CACHE_LIMIT = 1_000_000;
    private static volatile Morphologies system;

    private final Map<String, Morphology> byLanguage;
    private final Map<String, String> missing;
    private final Map<String, Map<String, List<WordAnalysis>>> caches = new ConcurrentHashMap<>();

    Morphologies(Map<String, Morphology> byLanguage, Map<String, String> missing) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.missing = Map.copyOf(missing);
        byLanguage.keySet().forEach(l -> caches.put(l, new ConcurrentHashMap<>()));
    }

    /** No analysers: the regular expressions alone. */
    public static Morphologies none() {
        return new Morphologies(Map.of(), Map.of("fi", "turned off", "sv", "turned off"));
    }

    /** The analysers this system has, looked up once. */
    public static Morphologies system() {
        Morphologies m = system;
        if (m == null) {
            synchronized (Morphologies.class) {
                m = system;
                if (m == null) {
                    m = "off".equalsIgnoreCase(System.getProperty("lexmaturity.morphology", "")) ? none() : detect();
                    LOG.info(m.summary());
                    system = m;
                }
            }
        }
        return m;
    }

    private static Morphologies detect() {
        Map<String, Morphology> found = new TreeMap<>();
        Map<String, String> missing = new TreeMap<>();
        try {
            found.put("fi", VoikkoMorphology.open());
        } catch (LinkageError | RuntimeException e) {
            // UnsatisfiedLinkError without the library, VoikkoException without the dictionary
            missing.put("fi", "Voikko not found (install libvoikko1 and voikko-fi): " + firstLine(e));
        }
        Path folder = Path.of(System.getProperty("lexmaturity.hunspell", "/usr/share/hunspell"));
        Optional<String> name = List.of("sv_FI", "sv_SE").stream().filter(n -> Files.isRegularFile(folder.resolve(n + ".dic"))).findFirst();
        if (name.isEmpty()) {
            missing.put("sv", "no Swedish Hunspell dictionary in " + folder + " (install hunspell-sv)");
        } else {
            try {
                found.put("sv", HunspellMorphology.open(folder, name.get(), "sv"));
            } catch (java.io.IOException | RuntimeException e) {
                missing.put("sv", "Hunspell " + name.get() + " unreadable: " + firstLine(e));
            }
        }
        return new Morphologies(found, missing);
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Whether {@code language} has an analyser. */
    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    /** The languages with an analyser. */
    public java.util.Set<String> languages() {
        return byLanguage.keySet();
    }

    /**
     * The readings of {@code word} (as written in the text) in {@code language}; empty without an analyser or for an
     * unknown word. Cached per lower-cased form.
     */
    public List<WordAnalysis> analyse(String language, String word) {
        Morphology m = byLanguage.get(language);
        if (m == null) {
            return List.of();
        }
        Map<String, List<WordAnalysis>> cache = caches.get(language);
        String key = word.toLowerCase(java.util.Locale.ROOT);
        List<WordAnalysis> hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        List<WordAnalysis> readings = List.copyOf(m.analyse(word));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, readings);
        return readings;
    }

    /**
     * One line for logs and command output: which languages screen with morphology and which with the regular
     * expressions alone, and why.
     */
    public String summary() {
        return "Screening morphology: " + status().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + (has(e.getKey()) ? ", lemma rules on" : ""))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Per language, the analyser's description or why there is none. */
    public Map<String, String> status() {
        Map<String, String> out = new TreeMap<>();
        statuses().forEach(s -> out.put(s.language(), s.on() ? s.detail() : "regular expressions only: " + s.detail()));
        return out;
    }

    /**
     * Whether a language screens with its lemma rules too.
     *
     * @param detail the analyser ("Voikko (suomi)") when on, why not when off
     */
    public record Status(String language, boolean on, String detail) {
    }

    /** Per language with an analyser or one looked for, in language order. */
    public List<Status> statuses() {
        List<Status> out = new ArrayList<>();
        byLanguage.forEach((l, m) -> out.add(new Status(l, true, m.description())));
        missing.forEach((l, why) -> out.add(new Status(l, false, why)));
        out.sort(java.util.Comparator.comparing(Status::language));
        return out;
    }
}
