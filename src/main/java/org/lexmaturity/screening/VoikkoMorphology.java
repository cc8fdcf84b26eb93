package org.lexmaturity.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.puimula.libvoikko.Analysis;
import org.puimula.libvoikko.Voikko;

/**
 * Finnish base forms and case through the system's libvoikko (Debian {@code libvoikko1} with {@code voikko-fi}).
 * A participle's verb is a reading too ("allekirjoitettava" → allekirjoittaa), read from Voikko's word bases, so a
 * rule can name the verb once for all its participles.
 */
final class VoikkoMorphology implements Morphology {
    /** Voikko's case names (SIJAMUOTO) to the short names the rules use. */
    private static final Map<String, String> CASES = Map.ofEntries(
            Map.entry("nimento", "nom"), Map.entry("omanto", "gen"), Map.entry("osanto", "par"),
            Map.entry("olento", "ess"), Map.entry("tulento", "tra"), Map.entry("sisaolento", "ine"),
            Map.entry("sisaeronto", "ela"), Map.entry("sisatulento", "ill"), Map.entry("ulkoolento", "ade"),
            Map.entry("ulkoeronto", "abl"), Map.entry("ulkotulento", "all"), Map.entry("vajanto", "abe"),
            Map.entry("keinonto", "ins"), Map.entry("seuranto", "com"), Map.entry("kerrontosti", "adv"));

    private final Voikko voikko;
    private final String description;

    private VoikkoMorphology(Voikko voikko, String description) {
        this.voikko = voikko;
        this.description = description;
    }

    /**
     * Opens the system's Finnish dictionary.
     *
     * @throws LinkageError when libvoikko is not installed; {@code RuntimeException} when it has no Finnish dictionary
     */
    static VoikkoMorphology open() {
        Voikko v = new Voikko("fi");
        String dictionary = Voikko.listDicts().stream().filter(d -> "fi".equals(d.getLanguage())).findFirst()
                .map(d -> d.getDescription()).orElse("Finnish");
        return new VoikkoMorphology(v, "Voikko (" + dictionary + ")");
    }

    @Override
    public String language() {
        return "fi";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WordAnalysis> analyse(String word) {
        List<Analysis> readings;
        synchronized (this) { // one handle; callers cache, so few calls reach it
            readings = voikko.analyze(word);
        }
        List<WordAnalysis> out = new ArrayList<>(readings.size() + 1);
        for (Analysis a : readings) {
            String base = a.get("BASEFORM");
            if (base == null) {
                continue;
            }
            String sijamuoto = a.get("SIJAMUOTO");
            String c = sijamuoto == null ? "" : CASES.getOrDefault(sijamuoto, "");
            base = base.toLowerCase(Locale.ROOT);
            if ("MINEN-infinitive".equals(a.get("MOOD"))) {
                // "allekirjoittamisesta" is the noun "the signing", not the verb a requirement uses: its own lemma
                nominal(base).ifPresent(n -> add(out, new WordAnalysis(n, c)));
                continue;
            }
            add(out, new WordAnalysis(base, c));
            if (a.get("PARTICIPLE") != null) {
                verbOf(a.get("WORDBASES")).ifPresent(verb -> add(out, new WordAnalysis(verb, c)));
            }
        }
        return out;
    }

    private static void add(List<WordAnalysis> out, WordAnalysis a) {
        if (!out.contains(a)) {
            out.add(a);
        }
    }

    /** The -minen noun of a verb whose infinitive ends in a vowel and a/ä: allekirjoittaa → allekirjoittaminen. */
    static java.util.Optional<String> nominal(String verb) {
        int n = verb.length();
        if (n < 3 || "aä".indexOf(verb.charAt(n - 1)) < 0 || "aeiouyäö".indexOf(verb.charAt(n - 2)) < 0) {
            return java.util.Optional.empty(); // tehdä, nähdä: the stem changes; such forms get no lemma
        }
        return java.util.Optional.of(verb.substring(0, n - 1) + "minen");
    }

    /** The verb of a participle's word bases: "+allekirjoitet(alle=kirjoittaa)+tav+a(+a)" → allekirjoittaa. */
    static java.util.Optional<String> verbOf(String wordBases) {
        if (wordBases == null) {
            return java.util.Optional.empty();
        }
        int open = wordBases.lastIndexOf('(', wordBases.indexOf("+", 1) < 0 ? wordBases.length() : wordBases.indexOf("+", 1));
        int close = open < 0 ? -1 : wordBases.indexOf(')', open);
        if (open < 0 || close < 0) {
            return java.util.Optional.empty();
        }
        String verb = wordBases.substring(open + 1, close).replace("=", "").toLowerCase(Locale.ROOT);
        return verb.isEmpty() || verb.startsWith("+") ? java.util.Optional.empty() : java.util.Optional.of(verb);
    }
}
