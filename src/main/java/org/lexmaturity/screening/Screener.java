package org.lexmaturity.screening;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;

/**
 * Screens a text (one provision in one language) with the indicator rules: splits it into sentences, runs every
 * barrier and enabler pattern of the language in each, drops a barrier match when one of its own exclusions or a
 * mitigator that counters its barrier type matches in the same sentence (enablers honour their exclusions too, e.g.
 * "may not be decided automatically"), merges overlapping matches of one indicator, and returns barriers and
 * enablers by start. Mitigators are never returned.
 *
 * <p>Thread-safe. Patterns are compiled once in {@link IndicatorRules}; each thread reuses its own matchers, so a
 * call allocates only its results. Exclusions and mitigators run only in sentences that have a barrier candidate.
 */
public final class Screener {
    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::start).thenComparingInt(Match::end)
            .thenComparing(m -> m.indicator().code());

    private final IndicatorRules rules;
    private final ThreadLocal<Map<String, State>> states = ThreadLocal.withInitial(HashMap::new);

    public Screener(IndicatorRules rules) {
        this.rules = rules;
    }

    public IndicatorRules rules() {
        return rules;
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
        int n = text.length();
        int s = Sentences.skipSpace(text, 0);
        while (s < n) {
            int e = Sentences.end(text, s);
            int trimmedEnd = e;
            while (trimmedEnd > s && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            screenSentence(text, language, s, trimmedEnd, st, out);
            s = Sentences.skipSpace(text, e);
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
        for (int i = 0; i < st.reported.size(); i++) {
            IndicatorRules.Compiled c = st.reported.get(i);
            Matcher m = st.main[i];
            m.region(s, e);
            int lastIndex = -1;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (end == start) {
                    continue; // a pattern that can match nothing must not loop or report empty spans
                }
                if (lastIndex < 0 && cancelled(c, i, s, e, st)) {
                    break; // the cancelling clause covers the whole sentence, so every match of this rule goes
                }
                if (lastIndex >= 0 && start < out.get(lastIndex).end()) {
                    Match prev = out.get(lastIndex);
                    int newEnd = Math.max(end, prev.end());
                    out.set(lastIndex, new Match(c.indicator(), language, prev.start(), newEnd, text.substring(prev.start(), newEnd), s, e));
                } else {
                    out.add(new Match(c.indicator(), language, start, end, text.substring(start, end), s, e));
                    lastIndex = out.size() - 1;
                }
            }
        }
    }

    /** Whether an exclusion of the rule, or (for a barrier) a mitigator of its type, matches in the sentence. */
    private boolean cancelled(IndicatorRules.Compiled c, int i, int s, int e, State st) {
        for (Matcher x : st.exclusions[i]) {
            if (x.region(s, e).find()) {
                return true;
            }
        }
        if (c.indicator().barrierType().isEmpty()) {
            return false;
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
                return true;
            }
        }
        return false;
    }

    private State state(String language) {
        return new State(rules.reported(language), rules.mitigators(language));
    }

    /** One thread's matchers for one language, reset onto each text. */
    private static final class State {
        final List<IndicatorRules.Compiled> reported;
        final List<IndicatorRules.Compiled> mitigators;
        final Matcher[] main;
        final Matcher[][] exclusions;
        final Matcher[] mitigator;
        /** Per sentence: 0 not yet tried, 1 matched, 2 did not match. */
        final byte[] mitigatorSeen;

        State(List<IndicatorRules.Compiled> reported, List<IndicatorRules.Compiled> mitigators) {
            this.reported = reported;
            this.mitigators = mitigators;
            main = new Matcher[reported.size()];
            exclusions = new Matcher[reported.size()][];
            for (int i = 0; i < main.length; i++) {
                IndicatorRules.Compiled c = reported.get(i);
                main[i] = c.pattern().matcher("");
                exclusions[i] = c.exclusions().stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
            }
            mitigator = mitigators.stream().map(c -> c.pattern().matcher("")).toArray(Matcher[]::new);
            mitigatorSeen = new byte[mitigator.length];
        }

        void reset(String text) {
            for (Matcher m : main) {
                m.reset(text);
            }
            for (Matcher[] xs : exclusions) {
                for (Matcher x : xs) {
                    x.reset(text);
                }
            }
            for (Matcher m : mitigator) {
                m.reset(text);
            }
        }
    }
}
