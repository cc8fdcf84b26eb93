package org.lexmaturity.screening;

import java.util.Optional;

/**
 * One barrier or enabler found in a screened text. Offsets are UTF-16 indexes into the text given to
 * {@link Screener#screen}, end exclusive, as {@code lxm:matchStart} / {@code lxm:matchEnd} store them.
 *
 * @param indicator     the rule that matched
 * @param language      the language the text was screened in
 * @param start         first character of the match
 * @param end           one past the last character of the match
 * @param text          the matched text, {@code text.substring(start, end)}
 * @param sentenceStart first character of the sentence (or list item) the match lies in
 * @param sentenceEnd   one past the last character of that sentence
 * @param mitigatedBy   for a barrier, the mitigator that gives an alternative in the same sentence ("tai sähköisesti"):
 *                      the barrier is then mitigated, shown and stored as such, and does not count against the act
 */
public record Match(Indicator indicator, String language, int start, int end, String text, int sentenceStart, int sentenceEnd,
                    Optional<Indicator> mitigatedBy) {
    public Match(Indicator indicator, String language, int start, int end, String text, int sentenceStart, int sentenceEnd) {
        this(indicator, language, start, end, text, sentenceStart, sentenceEnd, Optional.empty());
    }

    public boolean mitigated() {
        return mitigatedBy.isPresent();
    }
}
