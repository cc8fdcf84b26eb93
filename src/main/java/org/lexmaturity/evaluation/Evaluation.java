package org.lexmaturity.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lexmaturity.screening.Match;
import org.lexmaturity.screening.Screener;
import org.lexmaturity.statutes.ActNumber;

/**
 * Measures screening against a labelled set as an expert counts: per section text and category, a category the
 * screening finds in a section (a match of an indicator of that guide category, mitigated or not) is right when the
 * expert labelled it there, a false hit when not, and a category labelled but not found is missed. Precision and
 * recall per category and language, and per family (barriers other than discretion, discretion, enablers).
 */
public final class Evaluation {
    /** True positives, false positives, false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /**
     * One judgement, for reading: a missed label with its evidence ({@code missed}), a false hit with the matched words
     * ({@code false}), or a right one with the matched words ({@code right}).
     */
    public record Judgement(String unit, String category, String kind, String words) {}

    /**
     * @param units        units scored
     * @param missingTexts units whose section the corpus did not give (not scored)
     * @param byFamily     "barriers fi", "discretion sv", …, and "barriers all"
     * @param byCategory   "WF fi", …
     * @param statusAgree  among barrier categories found and labelled, how many have the label's status (barrier or mitigated)
     */
    public record Result(int units, List<String> missingTexts, Map<String, Counts> byFamily, Map<String, Counts> byCategory,
                         List<Judgement> judgements, int statusAgree, int statusTotal) {}

    private Evaluation() {}

    /** Reads the labelled sections' texts from the statute book, one pass per archive. */
    public static Map<String, SectionText> texts(StatuteBook book, LabelledSet set) {
        Map<String, Set<String>> entries = new TreeMap<>();
        for (Label l : set.labels()) {
            ActNumber n = ActNumber.parseYearFirst(l.act());
            entries.computeIfAbsent(l.language() + " " + n.year(), k -> new HashSet<>()).add(StatuteBook.entryName(n.year(), n.number()));
        }
        Map<String, SectionText> out = new HashMap<>();
        entries.forEach((key, names) -> {
            String[] k = key.split(" ");
            book.sections(k[0], Integer.parseInt(k[1]), names).forEach(s -> out.put(s.key(), s));
        });
        return out;
    }

    public static Result run(LabelledSet set, Map<String, SectionText> texts, Screener screener, boolean withHardCases) {
        Map<String, Counts> byCategory = new TreeMap<>();
        Map<String, Counts> byFamily = new TreeMap<>();
        List<Judgement> judgements = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int units = 0;
        int statusAgree = 0;
        int statusTotal = 0;
        Map<String, List<Label>> byUnit = set.byUnit();
        Set<String> skippedUnits = new HashSet<>();
        set.labels().stream().filter(l -> l.none() && l.hardCase() && !withHardCases).forEach(l -> skippedUnits.add(l.unit()));
        for (Map.Entry<String, List<Label>> u : byUnit.entrySet()) {
            SectionText text = texts.get(u.getKey());
            if (text == null) {
                missing.add(u.getKey());
                continue;
            }
            if (skippedUnits.contains(u.getKey())) {
                continue;
            }
            units++;
            String lang = text.language();
            Map<String, Label> gold = new HashMap<>();
            Set<String> ignored = new HashSet<>();
            for (Label l : u.getValue()) {
                if (l.hardCase() && !withHardCases) {
                    ignored.add(l.category());
                } else {
                    gold.put(l.category(), l);
                }
            }
            Map<String, List<Match>> found = new HashMap<>();
            for (Match m : screener.screen(text.text(), lang)) {
                m.indicator().category().ifPresent(c -> found.computeIfAbsent(c, k -> new ArrayList<>()).add(m));
            }
            Set<String> categories = new HashSet<>(gold.keySet());
            categories.addAll(found.keySet());
            categories.removeAll(ignored);
            for (String c : categories) {
                boolean isGold = gold.containsKey(c);
                boolean isFound = found.containsKey(c);
                Counts k = new Counts(isGold && isFound ? 1 : 0, !isGold && isFound ? 1 : 0, isGold && !isFound ? 1 : 0);
                byCategory.merge(c + " " + lang, k, Counts::plus);
                byFamily.merge(LabelledSet.family(c) + " " + lang, k, Counts::plus);
                byFamily.merge(LabelledSet.family(c) + " all", k, Counts::plus);
                if (isGold && isFound && LabelledSet.BARRIERS.contains(c)) {
                    statusTotal++;
                    boolean mitigated = found.get(c).stream().allMatch(Match::mitigated);
                    if (mitigated == gold.get(c).status().equals("mitigated")) {
                        statusAgree++;
                    }
                }
                if (isGold && !isFound) {
                    judgements.add(new Judgement(u.getKey(), c, "missed", gold.get(c).evidence()));
                } else {
                    judgements.add(new Judgement(u.getKey(), c, isGold ? "right" : "false",
                            String.join(" | ", found.get(c).stream().map(m -> m.indicator().code() + ": " + m.text()).toList())));
                }
            }
        }
        return new Result(units, missing, byFamily, byCategory, judgements, statusAgree, statusTotal);
    }
}
