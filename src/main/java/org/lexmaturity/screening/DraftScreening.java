package org.lexmaturity.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.SKOS;
import org.lexmaturity.survey.Languages;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Ex-ante screening of a draft bill: the same rules as for the statute book, per section, with the principles
 * concerned (through the crosswalk of dimensions to the DE/DK/UK/EU/OECD principles) and a suggested rewording.
 * Nothing of the draft is stored.
 */
public final class DraftScreening {
    /** {@code mitigated}: a barrier with an alternative in the same sentence, shown as such. */
    public record DraftFinding(String indicator, Polarity polarity, String text, int start, int end, String dimension,
                               List<String> principles, Map<String, String> label, Map<String, String> suggestion, boolean mitigated) {}

    /**
     * One section's findings. {@code language}: the language screened in, given or guessed ({@code guessed}), empty
     * when the guess found none; {@code screened}: false when the rules have no patterns for that language, so that
     * "no findings" is never said of a text that was not read.
     */
    public record SectionResult(int ordinal, String heading, String language, List<DraftFinding> findings, boolean guessed,
                                boolean screened) {
        public SectionResult(int ordinal, String heading, String language, List<DraftFinding> findings) {
            this(ordinal, heading, language, findings, false, true);
        }
    }

    private final Screener screener;
    private final String version;

    public DraftScreening(IndicatorRules rules) {
        this.screener = new Screener(rules);
        this.version = rules.version();
    }

    public String ruleVersion() {
        return version;
    }

    /** Which languages screen with base forms as well as regular expressions, and why not where they do not. */
    public List<Morphologies.Status> morphology() {
        return screener.morphologies().statuses();
    }

    /** {@code language}: fi, sv or en, or null to guess per section. */
    public List<SectionResult> screen(List<DraftReader.Section> sections, String language) {
        Vocabulary v = Vocabulary.shipped();
        List<SectionResult> out = new ArrayList<>();
        for (DraftReader.Section s : sections) {
            String text = s.heading() + "\n" + s.text();
            String lang = language != null ? language : Languages.guessIfAny(text).orElse("");
            if (!screener.rules().languages().contains(lang)) {
                out.add(new SectionResult(s.ordinal(), s.heading(), lang, List.of(), language == null, false));
                continue;
            }
            List<DraftFinding> findings = new ArrayList<>();
            for (Match m : screener.screen(text, lang)) {
                Indicator i = m.indicator();
                List<String> principles = v.subjects(SKOS.closeMatch.asNode(), i.dimension()).stream()
                        .map(p -> v.notation(p).orElse(Vocabulary.code(p))).sorted().toList();
                findings.add(new DraftFinding(i.code(), i.polarity(), m.text(), m.start(), m.end(), Vocabulary.code(i.dimension()),
                        principles, i.label(), i.suggestion(), m.mitigated()));
            }
            out.add(new SectionResult(s.ordinal(), s.heading(), lang, findings, language == null, true));
        }
        return out;
    }

}
