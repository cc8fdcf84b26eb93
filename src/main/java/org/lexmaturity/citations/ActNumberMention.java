package org.lexmaturity.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexmaturity.statutes.ActNumber;

/**
 * An act number written in a text: "13/2003", "(13/2003)", "laki 13/2003", "L 13/2003", "lag 906/2019".
 *
 * <p>What is not an act number: a year outside 1734–2100 (the statute book's span, generously), a number with a
 * leading zero ("09/2020"), anything inside a longer run of digits, slashes or dots ("1/2/2020", "1.1/2020",
 * "040/1234567"), a school or fiscal year ("2019/2020"), and a parliamentary document ("HE 13/2003 vp",
 * "RP 13/2003 rd"). A bare number 1–12 ("1/2020") is more likely a month than an act, so it is {@link #weak}: it
 * counts only next to an act's name.
 *
 * @param start     offset of the first character, including a prefix word such as "laki"
 * @param core      offset of the number itself, or of its opening bracket
 * @param end       offset after the number or its closing bracket
 * @param act       the act number
 * @param prefixed  written after an act-type word ("laki", "L", "lag")
 * @param weak      bare and 1–12: taken only after a name
 */
record ActNumberMention(int start, int core, int end, ActNumber act, boolean prefixed, boolean weak) {
    private static final String SP = "[\\s\\u00A0\\u202F]";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,:-])(?<number>[1-9]\\d{0,4}[a-z]?)/(?<year>\\d{4})(?![\\p{N}/]|[.,:]\\p{N})"
            + "(?<close>" + SP + "*\\))?"
            + "(?!" + SP + "*(?:vp|rd)(?![\\p{L}]))");
    // the word before a number that makes it an act's number; the one-letter forms only in capitals
    private static final Set<String> PREFIX_WORDS = Set.of("laki", "lain", "lakia", "lakiin", "laissa", "asetus",
            "asetuksen", "asetusta", "asetuksessa", "asetukseen", "lag", "lagen", "lagens", "förordning",
            "förordningen", "förordningens");
    private static final Set<String> PREFIX_LETTERS = Set.of("L", "A", "VNA", "F");

    /** Every act number in the text, in order. */
    static List<ActNumberMention> find(String text) {
        List<ActNumberMention> found = new ArrayList<>();
        if (text.indexOf('/') < 0) {
            return found;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group("year"));
            String number = m.group("number");
            int digits = Integer.parseInt(number.replaceAll("\\D", ""));
            if (year < 1734 || year > 2100 || (digits >= 1000 && (year - digits == 0 || year - digits == 1))) {
                continue;
            }
            // a bracket counts only when both halves are there
            int open = before(text, m.start());
            boolean brackets = m.group("close") != null && open > 0 && text.charAt(open - 1) == '(';
            int core = brackets ? open - 1 : m.start();
            int end = brackets ? m.end("close") : m.end("year");
            int prefix = prefix(text, core);
            found.add(new ActNumberMention(prefix >= 0 ? prefix : core, core, end, new ActNumber(year, number),
                    prefix >= 0, prefix < 0 && digits <= 12));
        }
        return found;
    }

    // where the word before {@code core} starts, if it is an act-type word; else -1
    private static int prefix(String text, int core) {
        int wordEnd = before(text, core);
        if (wordEnd == core) {
            return -1;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            return -1;
        }
        String word = text.substring(wordStart, wordEnd);
        return PREFIX_LETTERS.contains(word) || PREFIX_WORDS.contains(word.toLowerCase(Locale.ROOT)) ? wordStart : -1;
    }

    // the offset after the last non-space character before {@code i}
    private static int before(String text, int i) {
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }
}
