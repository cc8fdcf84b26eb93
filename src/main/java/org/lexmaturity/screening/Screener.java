package org.lexmaturity.screening;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;

/**
 * Screens a text (one provision in one language) with the indicator rules: splits it into sentences, runs every
 * barrier and enabler pattern of the language in each, drops a match when one of its rule's exclusions matches in
 * the same sentence (enablers honour their exclusions too, e.g. "may not be decided automatically") or when it lies
 * in a clause context that cancels it (a negation near it, a definition, scope, purpose or deeming clause), marks a
 * barrier mitigated when a mitigator that counters its type matches in the same sentence ("tai sähköisesti"), merges
 * overlapping matches of one indicator, and returns barriers (mitigated or not) and enablers by start. Mitigators
 * themselves are never returned.
 *
 * <p>Thread-safe. Patterns are compiled once in {@link IndicatorRules}; each thread reuses its own matchers, so a
 * call allocates only its results. Exclusions and mitigators run only in sentences that have a barrier candidate.
 */
public final class Screener {
    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::start).thenComparingInt(Match::end)
            .thenComparing(m -> m.indicator().code());

    private static final Comparator<int[]> SPAN_ORDER = Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]);

    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("\\s*(?:\\d+\\s?[a-z]?|[a-z])\\)");

    private final IndicatorRules rules;
    private final Morphologies morphologies;
    private final ThreadLocal<Map<String, State>> states = ThreadLocal.withInitial(HashMap::new);

    /** A screener with the system's morphological analysers, where it has them. */
    public Screener(IndicatorRules rules) {
        this(rules, Morphologies.system());
    }

    /** A screener with the given analysers; {@link Morphologies#none()} runs the regular expressions alone. */
    public Screener(IndicatorRules rules, Morphologies morphologies) {
        this.rules = rules;
        this.morphologies = morphologies;
    }

    public IndicatorRules rules() {
        return rules;
    }

    /** The analysers the lemma rules use. */
    public Morphologies morphologies() {
        return morphologies;
    }

    /**
     * The barrier and enabler matches in {@code text}, ordered by start.
     *
     * @param language "fi", "sv" or "en" (any language the rules have patterns for)
     * @throws IllegalArgumentException for a language the rules have no patterns for
     */
    public List<Match> screen(String text, String language) {
        if (!rules.languages().contains(language)) {
            throw new IllegalArgumentException("Screening: no indicator patterns for language '" + language
                    + "'; the rules have " + rules.languages());
        }
        List<Match> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        State st = states.get().computeIfAbsent(language, this::state);
        st.reset(text);
        st.words = st.hasLemmaPatterns && morphologies.has(language) ? Words.of(text, language, morphologies, st.starts) : null;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // offsets in the lower-cased text are those of the text unless lower-casing changed a length (rare scripts)
        st.lower = lower.length() == text.length() ? lower : null;
        for (int i = 0; i < st.reported.size(); i++) {
            List<String> literals = st.reported.get(i).literals();
            st.active[i] = literals.isEmpty() || literals.stream().anyMatch(lower::contains);
        }
        int n = text.length();
        int s = Sentences.skipSpace(text, 0);
        while (s < n) {
            int e = Sentences.end(text, s);
            int trimmedEnd = e;
            while (trimmedEnd > s && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            if (!st.item.region(s, trimmedEnd).lookingAt()) {
                st.carried = List.of();
            }
            screenSentence(text, language, s, trimmedEnd, st, out);
            int next = Sentences.skipSpace(text, e);
            if (st.carried.isEmpty() && next < n && st.item.region(next, n).lookingAt()) {
                // a list's introduction ("Tätä lakia sovelletaan:", "Denna lag tillämpas på") passes its contexts to the items
                st.carried = sentenceWideContexts(s, trimmedEnd, st);
            }
            s = next;
        }
        if (out.size() > 1) {
            out.sort(ORDER);
        }
        return out;
    }

    private void screenSentence(String text, String language, int s, int e, State st, List<Match> out) {
        if (e <= s) {
            return;
        }
        Arrays.fill(st.mitigatorSeen, (byte) 0);
        st.contextSpans = null;
        for (int i = 0; i < st.reported.size(); i++) {
            IndicatorRules.Compiled c = st.reported.get(i);
            List<int[]> spans = candidates(i, c, s, e, st);
            if (spans.isEmpty()) {
                continue;
            }
            if (excluded(i, s, e, st)) {
                continue; // the excluding clause covers the whole sentence, so every match of this rule goes
            }
            Optional<Indicator> mitigator = mitigator(c, s, e, st);
            int lastIndex = -1;
            for (int[] span : spans) {
                int start = span[0];
                int end = span[1];
                if (inContext(c, text, start, end, s, e, st)) {
                    continue; // a negation, definition, scope, purpose or deeming clause: not an indicator here
                }
                if (lastIndex >= 0 && start < out.get(lastIndex).end()) {
                    Match prev = out.get(lastIndex);
                    int newEnd = Math.max(end, prev.end());
                    out.set(lastIndex, new Match(c.indicator(), language, prev.start(), newEnd, text.substring(prev.start(), newEnd), s, e, mitigator));
                } else {
                    out.add(new Match(c.indicator(), language, start, end, text.substring(start, end), s, e, mitigator));
                    lastIndex = out.size() - 1;
                }
            }
        }
    }

    /**
     * Rule {@code i}'s matches in the sentence {@code [s, e)}, as {start, end} by start: its regular expressions (each
     * the longest alternative at its start) and, where the language has an analyser, its lemma patterns.
     */
    private static List<int[]> candidates(int i, IndicatorRules.Compiled c, int s, int e, State st) {
        List<int[]> spans = st.spans;
        spans.clear();
        if (st.active[i] && !c.literals().isEmpty() && st.lower != null) {
            // every match begins with one of the rule's leading words: try the pattern only where one occurs, which
            // spares the word-boundary test at every character of the sentence
            Matcher m = st.main[i];
            int[] at = st.positions(c.literals(), s, e);
            for (int k = 0; k < at[0]; k++) {
                int start = at[k + 1];
                if (m.region(start, e).lookingAt()) {
                    int end = longest(i, start, m.end(), e, st);
                    if (end > start) {
                        spans.add(new int[] {start, end});
                    }
                }
            }
        } else if (st.active[i]) {
            Matcher m = st.main[i];
            m.region(s, e);
            while (m.find()) {
                int start = m.start();
                int end = longest(i, start, m.end(), e, st);
                // look again from the next character: an alternative that starts inside this match extends it
                m.region(start + 1, e);
                if (end > start) { // a pattern that can match nothing must not loop or report empty spans
                    spans.add(new int[] {start, end});
                }
            }
        }
        if (st.words != null && !c.lemmaPatterns().isEmpty()) {
            int before = spans.size();
            int from = st.words.firstAt(s);
            int to = st.words.firstAt(e);
            for (LemmaPattern lp : c.lemmaPatterns()) {
                lp.find(st.words, from, to, spans);
            }
            if (spans.size() > before) {
                spans.sort(SPAN_ORDER);
            }
        }
        return spans;
    }

    /** The end of the longest of rule {@code i}'s patterns that matches at {@code start}: the alternation takes the first. */
    private static int longest(int i, int start, int end, int e, State st) {
        int best = end;
        for (Matcher a : st.alternatives[i]) {
            if (a.region(start, e).lookingAt() && a.end() > best) {
                best = a.end();
            }
        }
        return best;
    }

    /** Whether an exclusion of the rule matches in the sentence. */
    private static boolean excluded(int i, int s, int e, State st) {
        for (Matcher x : st.exclusions[i]) {
            if (x.region(s, e).find()) {
                return true;
            }
        }
        return false;
    }

    /** For a barrier, the first mitigator of its type that matches in the sentence. */
    private static Optional<Indicator> mitigator(IndicatorRules.Compiled c, int s, int e, State st) {
        if (c.indicator().barrierType().isEmpty()) {
            return Optional.empty();
        }
        Node type = c.indicator().barrierType().get();
        for (int j = 0; j < st.mitigators.size(); j++) {
            if (!st.mitigators.get(j).indicator().counters().contains(type)) {
                continue;
            }
            if (st.mitigatorSeen[j] == 0) {
                st.mitigatorSeen[j] = st.mitigator[j].region(s, e).find() ? (byte) 1 : (byte) 2;
            }
            if (st.mitigatorSeen[j] == 1) {
                return Optional.of(st.mitigators.get(j).indicator());
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence-wide clause contexts (no window) that match in a sentence: where list items follow it (its
     * introduction, "Tässä laissa tarkoitetaan:"), they hold for the items too, which are sentences of their own.
     */
    private static List<IndicatorRules.Context> sentenceWideContexts(int s, int e, State st) {
        List<IndicatorRules.Context> out = new ArrayList<>();
        for (int k = 0; k < st.contexts.size(); k++) {
            if (st.contexts.get(k).window() == 0 && st.context[k].region(s, e).find()) {
                out.add(st.contexts.get(k));
            }
        }
        return out;
    }

    /**
     * Whether the match lies in a clause context that cancels its polarity: anywhere in the sentence, or within the
     * context's window of characters. The sentence's context spans are found once, on the first match that asks.
     */
    private static boolean inContext(IndicatorRules.Compiled c, String text, int start, int end, int s, int e, State st) {
        for (IndicatorRules.Context carried : st.carried) {
            if (carried.cancels(c.indicator())) {
                return true;
            }
        }
        if (st.contexts.isEmpty()) {
            return false;
        }
        if (st.contextSpans == null) {
            st.contextSpans = new ArrayList<>();
            for (int k = 0; k < st.contexts.size(); k++) {
                Matcher x = st.context[k].region(s, e);
                while (x.find()) {
                    st.contextSpans.add(new int[] {k, x.start(), x.end()});
                }
            }
        }
        for (int[] span : st.contextSpans) {
            IndicatorRules.Context ctx = st.contexts.get(span[0]);
            if (!ctx.cancels(c.indicator())) {
                continue;
            }
            int distance = span[2] <= start ? start - span[2] : span[1] >= end ? span[1] - end : 0;
            if (ctx.window() == 0 || distance <= ctx.window()) {
                return true;
            }
        }
        return false;
    }

    private State state(String language) {
        return new State(rules.reported(language), rules.mitigators(language), rules.contexts(language));
    }

    /** One thread's matchers for one language, reset onto each text. */
    private static final class State {
        final List<IndicatorRules.Compiled> reported;
        final List<IndicatorRules.Compiled> mitigators;
        final Matcher[] main;
        final Matcher[][] exclusions;
        /** Per rule, each of its patterns on its own. */
        final Matcher[][] alternatives;
        /** Per rule, whether the current text has a word its matches can begin with. */
        final boolean[] active;
        final Matcher[] mitigator;
        /** Per sentence: 0 not yet tried, 1 matched, 2 did not match. */
        final byte[] mitigatorSeen;
        final List<IndicatorRules.Context> contexts;
        final Matcher[] context;
        /** The current sentence's clause-context matches (context index, start, end); null until asked for. */
        List<int[]> contextSpans;
        /** Contexts of a list's introduction that hold for its items, until a sentence that is not an item. */
        List<IndicatorRules.Context> carried = List.of();
        /** A list item's number at the start of a sentence: "1)", "2 a)", "b)". */
        final Matcher item = ITEM.matcher("");
        /** Whether some rule of the language has a lemma pattern. */
        final boolean hasLemmaPatterns;
        /** The first two letters of the words the lemma patterns can match; null: any word. */
        final java.util.Set<String> starts;
        /** The current text's words and their readings; null without lemma rules or an analyser. */
        Words words;
        /** The current rule's candidate spans, reused. */
        final List<int[]> spans = new ArrayList<>();
        /** The current text lower-cased, when its offsets are the text's; else null. */
        String lower;
        /** Count, then the positions, of the leading words found; reused. */
        int[] found = new int[64];

        /** Where one of {@code words} occurs in {@code [s, e)} of the lower-cased text, ascending, each once. */
        int[] positions(List<String> words, int s, int e) {
            int n = 0;
            for (String w : words) {
                int from = s;
                int at;
                while ((at = lower.indexOf(w, from)) >= 0 && at + w.length() <= e) {
                    if (n + 2 > found.length) {
                        found = Arrays.copyOf(found, found.length * 2);
                    }
                    found[++n] = at;
                    from = at + 1;
                }
            }
            Arrays.sort(found, 1, n + 1);
            int u = 0;
            for (int k = 1; k <= n; k++) {
                if (u == 0 || found[u] != found[k]) {
                    found[++u] = found[k];
                }
            }
            found[0] = u;
            return found;
        }

        State(List<IndicatorRules.Compiled> reported, List<IndicatorRules.Compiled> mitigators, List<IndicatorRules.Context> contexts) {
            this.reported = reported;
            this.mitigators = mitigators;
            this.contexts = contexts;
            this.context = contexts.stream().map(c -> c.pattern().matcher("")).toArray(Matcher[]::new);

            main = new Matcher[reported.size()];
            exclusions = new Matcher[reported.size()][];
            alternatives = new Matcher[reported.size()][];
            active = new boolean[reported.size()];
            for (int i = 0; i < main.length; i++) {
                IndicatorRules.Compiled c = reported.get(i);
                // transparent bounds: \b at a region's start sees the character before it, so a search from inside a
                // word does not match a word's tail
                main[i] = c.pattern().matcher("").useTransparentBounds(true);
                alternatives[i] = c.alternatives().stream().map(p -> p.matcher("").useTransparentBounds(true)).toArray(Matcher[]::new);
                exclusions[i] = c.exclusions().stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
            }
            mitigator = mitigators.stream().map(c -> c.pattern().matcher("")).toArray(Matcher[]::new);
            mitigatorSeen = new byte[mitigator.length];
            hasLemmaPatterns = reported.stream().anyMatch(c -> !c.lemmaPatterns().isEmpty());
            java.util.Set<String> s = new java.util.HashSet<>();
            boolean any = false;
            for (IndicatorRules.Compiled c : reported) {
                for (LemmaPattern lp : c.lemmaPatterns()) {
                    Optional<java.util.Set<String>> st = lp.starts();
                    any |= st.isEmpty();
                    st.ifPresent(s::addAll);
                }
            }
            starts = any ? null : java.util.Set.copyOf(s);
        }

        void reset(String text) {
            for (Matcher m : main) {
                m.reset(text);
            }
            for (Matcher[] as : alternatives) {
                for (Matcher a : as) {
                    a.reset(text);
                }
            }
            for (Matcher[] xs : exclusions) {
                for (Matcher x : xs) {
                    x.reset(text);
                }
            }
            for (Matcher m : mitigator) {
                m.reset(text);
            }
            for (Matcher m : context) {
                m.reset(text);
            }
            item.reset(text);
            carried = List.of();
        }
    }
}
