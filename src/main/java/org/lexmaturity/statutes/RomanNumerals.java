package org.lexmaturity.statutes;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The numbers of parts as Finnish and Swedish acts print them: "IV OSA", "DEL IV", "NELJÄS OSA", "FJÄRDE AVDELNINGEN". */
final class RomanNumerals {
    /** The numerals written the usual way, up to 3999: no "IIII", no "VX". */
    private static final Pattern CANONICAL = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private static final List<String> FINNISH = List.of("ensimmäinen", "toinen", "kolmas", "neljäs", "viides", "kuudes",
            "seitsemäs", "kahdeksas", "yhdeksäs", "kymmenes", "yhdestoista", "kahdestoista");
    private static final List<String> SWEDISH = List.of("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde",
            "åttonde", "nionde", "tionde", "elfte", "tolfte");

    private RomanNumerals() {}

    /** An ordinal word in Finnish or Swedish ("kolmas", "tredje"), or digits; empty otherwise. */
    static OptionalInt ordinal(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,3}")) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        int i = FINNISH.indexOf(w);
        if (i < 0) {
            i = SWEDISH.indexOf(w);
        }
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i + 1);
    }

    /** The value of {@code text} as a Roman numeral, in either case; empty when it is not one. */
    static OptionalInt value(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || !CANONICAL.matcher(s).matches()) {
            return OptionalInt.empty();
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = digit(s.charAt(i));
            int next = i + 1 < s.length() ? digit(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return OptionalInt.of(total);
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }
}
