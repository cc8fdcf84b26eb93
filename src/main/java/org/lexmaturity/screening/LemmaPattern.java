package org.lexmaturity.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule over base forms rather than spellings ({@code lxm:lemmaPattern}), for languages with a morphological
 * analyser. Elements are separated by spaces:
 * <ul>
 *   <li>{@code kirjallinen} a word with that base form (kirjallisesti, kirjallisen, kirjallisina …);</li>
 *   <li>{@code pyyntö|hakemus} either base form; {@code rekisteri*} a base form beginning with it, {@code *rekisteri}
 *       one ending with it (the head of a compound);</li>
 *   <li>{@code paikka+all} and in that case (nom gen par ess tra ine ela ill ade abl all abe ins com adv);
 *       {@code sähköinen+ine/ade} in either case;</li>
 *   <li>{@code ~3} up to three other words between the elements on either side.</li>
 * </ul>
 * "kutsua ~3 paikka+all" matches "kutsuttava henkilökohtaisesti paikalle". A match runs from its first element's word
 * to its last.
 *
 * <p>Only words that begin with the first two letters of a base form some rule names are analysed ({@link #starts}):
 * a Finnish or Swedish word form begins as its base form does, save a few strong Swedish verbs (gå, gick) the rules do
 * not name. This keeps the analyser to a small share of the words.
 */
record LemmaPattern(String source, List<Element> elements, List<Integer> gaps) {
    private static final Set<String> CASES = Set.of("nom", "gen", "par", "ess", "tra", "ine", "ela", "ill", "ade", "abl",
            "all", "abe", "ins", "com", "adv");

    /** One word's condition: any of the base forms (each exact, a prefix or a suffix), in one of the cases if given. */
    record Element(List<String> exact, List<String> prefixes, List<String> suffixes, Set<String> cases) {
        boolean matches(List<WordAnalysis> readings) {
            for (WordAnalysis a : readings) {
                if (!cases.isEmpty() && !cases.contains(a.wordCase())) {
                    continue;
                }
                String l = a.lemma();
                if (exact.contains(l)) {
                    return true;
                }
                for (String p : prefixes) {
                    if (l.startsWith(p)) {
                        return true;
                    }
                }
                for (String x : suffixes) {
                    if (l.endsWith(x)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Parses the notation above.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static LemmaPattern parse(String source) {
        List<Element> elements = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        Integer gap = null;
        for (String part : source.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("~")) {
                if (elements.isEmpty() || gap != null) {
                    throw new IllegalArgumentException("'" + part + "' must stand between two words");
                }
                try {
                    gap = Integer.parseInt(part.substring(1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + part + "' is not ~N (up to N words between)");
                }
                if (gap < 0 || gap > 20) {
                    throw new IllegalArgumentException("'" + part + "': a gap is 0 to 20 words");
                }
                continue;
            }
            Set<String> cases = Set.of();
            int plus = part.indexOf('+');
            String forms = part;
            if (plus >= 0) {
                cases = Set.of(part.substring(plus + 1).split("/"));
                forms = part.substring(0, plus);
                for (String c : cases) {
                    if (!CASES.contains(c)) {
                        throw new IllegalArgumentException("'" + part + "': unknown case '" + c + "', expected one of " + new java.util.TreeSet<>(CASES));
                    }
                }
            }
            List<String> exact = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            List<String> suffixes = new ArrayList<>();
            for (String f : forms.toLowerCase(Locale.ROOT).split("\\|")) {
                String bare = f.replace("*", "");
                if (bare.isEmpty() || !bare.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                    throw new IllegalArgumentException("'" + part + "': a base form is letters, with * at its start or end");
                }
                if (f.endsWith("*") && !f.startsWith("*")) {
                    prefixes.add(bare);
                } else if (f.startsWith("*") && !f.endsWith("*")) {
                    suffixes.add(bare);
                } else if (f.equals(bare)) {
                    exact.add(bare);
                } else {
                    throw new IllegalArgumentException("'" + part + "': * goes at the start or the end of a base form");
                }
            }
            if (!elements.isEmpty()) {
                gaps.add(gap == null ? 0 : gap);
            }
            gap = null;
            elements.add(new Element(List.copyOf(exact), List.copyOf(prefixes), List.copyOf(suffixes), cases));
        }
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("no word");
        }
        if (gap != null) {
            throw new IllegalArgumentException("a gap ~N after the last word");
        }
        return new LemmaPattern(source, List.copyOf(elements), List.copyOf(gaps));
    }

    /** The first two letters of every base form an element names; empty when some element is a suffix (any word). */
    java.util.Optional<Set<String>> starts() {
        Set<String> out = new java.util.HashSet<>();
        for (Element e : elements) {
            if (!e.suffixes().isEmpty()) {
                return java.util.Optional.empty();
            }
            for (String f : e.exact()) {
                out.add(start(f));
            }
            for (String f : e.prefixes()) {
                if (f.length() < 2) {
                    return java.util.Optional.empty();
                }
                out.add(start(f));
            }
        }
        return java.util.Optional.of(out);
    }

    /** A word's first two characters, lower-cased: what {@link #starts} is compared with. */
    static String start(String word) {
        return word.substring(0, Math.min(2, word.length())).toLowerCase(Locale.ROOT);
    }

    /**
     * Adds the spans {start, end} of the matches among words {@code from} (inclusive) to {@code to} (exclusive), at most
     * one per first word; the nearest following words are taken.
     */
    void find(Words words, int from, int to, List<int[]> out) {
        Element first = elements.get(0);
        for (int i = from; i < to; i++) {
            if (!first.matches(words.readings.get(i))) {
                continue;
            }
            int last = rest(words, i, 1, to);
            if (last >= 0) {
                out.add(new int[] {words.start[i], words.end[last]});
            }
        }
    }

    /** The word that ends a match of elements {@code k}… after word {@code prev}, or -1. */
    private int rest(Words words, int prev, int k, int to) {
        if (k == elements.size()) {
            return prev;
        }
        int limit = Math.min(to - 1, prev + 1 + gaps.get(k - 1));
        for (int j = prev + 1; j <= limit; j++) {
            if (elements.get(k).matches(words.readings.get(j))) {
                int last = rest(words, j, k + 1, to);
                if (last >= 0) {
                    return last;
                }
            }
        }
        return -1;
    }
}
