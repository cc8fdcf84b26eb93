package org.lexmaturity.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a text with its place, and its {@link HeadWords#base base form} for looking names up.
 *
 * @param text  the word as written
 * @param base  lower case, with an inflected act-type word reduced to its base form
 * @param start offset of the first character
 * @param end   offset after the last character
 */
record Token(String text, String base, int start, int end) {
    // Hyphenated compounds stay whole ("EU-tietosuoja-asetus"); a trailing hyphen marks a shared part
    // ("maankäyttö- ja rakennuslaki"). Letters decide what a word is, so "kotikuntalain" never yields "kuntalain".
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*-?");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), HeadWords.base(m.group()), m.start(), m.end()));
        }
        return tokens;
    }
}
