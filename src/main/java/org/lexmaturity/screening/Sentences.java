package org.lexmaturity.screening;

/**
 * Finds where the sentence starting at a position ends. A "sentence" here is the unit in which an exclusion or
 * mitigator cancels a barrier: a sentence, a list item ("1) …; 2) …") or a line. Kept simple on purpose:
 * <ul>
 *   <li>".", "!" or "?" ends a sentence only when whitespace and a capital letter (or an opening quote) follow;</li>
 *   <li>but not after an abbreviation ("esim.", "t.ex.", "mom.", "s."), a number ("1. päivänä") or "§" ("1 §.");</li>
 *   <li>";" and a line break always end one, and a numbered point label ("2)") starts a new one, so that
 *       "alkuperäisenä; ja 2) … alkuperäisenä tai jäljennöksenä" keeps the first item a barrier.</li>
 * </ul>
 * Allocation-free: it scans characters and compares abbreviations without building strings.
 */
final class Sentences {
    /** Lower-case abbreviations (without their final period) after which a period does not end a sentence. */
    private static final String[] ABBREVIATIONS = {
            // Finnish
            "esim", "ks", "mm", "ns", "vrt", "jne", "yms", "ym", "tms", "nk", "n", "s", "mom", "kohd", "l", "lk", "kpl",
            "nro", "no", "huom", "ts", "so", "eli", "ko", "em", "jäl", "ed", "v", "klo", "puh", "milj", "ma", "os",
            // Swedish
            "t.ex", "bl.a", "s.k", "dvs", "d.v.s", "jfr", "m.m", "o.d", "resp", "st", "kap", "p", "nr", "ang", "enl",
            "fr.o.m", "t.o.m", "m.fl", "ca", "f.d", "osv", "tf",
            // English
            "e.g", "i.e", "etc", "art", "para", "cf", "ch", "sec", "mr", "ms", "dr"};
    private static final int LONGEST = 8;

    private Sentences() {}

    /** The end (exclusive) of the sentence that starts at {@code from}; {@code text.length()} at most. */
    static int end(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, from, i)) {
                return i + 1;
            }
            if (c == ')' && i > from) {
                int label = pointLabelStart(text, from, i);
                if (label > from) {
                    return label;
                }
            }
        }
        return n;
    }

    /** The first non-space position at or after {@code i}. */
    static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(String text, int from, int dot) {
        int next = dot + 1;
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false; // "3.1", "t.ex", "1.1.2020"
        }
        int k = skipSpace(text, next);
        if (k >= text.length()) {
            return true;
        }
        char first = text.charAt(k);
        if (!(Character.isUpperCase(first) || first == '"' || first == '”' || first == '“' || first == '«')) {
            return false;
        }
        if (dot == from) {
            return true;
        }
        char before = text.charAt(dot - 1);
        if (Character.isDigit(before) || before == '§') {
            return false; // "1. päivänä", "1 §." – a section reference, not a full stop
        }
        // the word before the period, possibly with inner periods ("t.ex")
        int w = dot;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.') && dot - w < LONGEST) {
            w--;
        }
        if (w < dot && dot - w <= LONGEST && (w == from || !Character.isLetter(text.charAt(w - 1)))) {
            int len = dot - w;
            for (String a : ABBREVIATIONS) {
                if (a.length() == len && text.regionMatches(true, w, a, 0, len)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * If the ")" at {@code close} ends a numbered point label ("2)", "12)", "4 a)") that is not the first thing of the
     * sentence, where the label starts; else -1. A label is one to three digits (and a letter) after a space, ":", ";"
     * or ",", so "(523/1999)" and "5 §:n 2)" inside references are not labels.
     */
    private static int pointLabelStart(String text, int from, int close) {
        int k = close - 1;
        if (k >= from && Character.isLetter(text.charAt(k)) && k - 1 >= from && text.charAt(k - 1) == ' ') {
            k -= 2; // "4 a)"
        }
        int digitsEnd = k;
        while (k >= from && Character.isDigit(text.charAt(k)) && digitsEnd - k < 3) {
            k--;
        }
        int digits = digitsEnd - k;
        if (digits == 0 || (k >= from && Character.isDigit(text.charAt(k)))) {
            return -1;
        }
        int start = k + 1;
        if (k < from) {
            return -1; // the label opens this sentence already
        }
        char before = text.charAt(k);
        if (before == ' ' || before == ':' || before == ',' || before == '\t') {
            return start;
        }
        return -1;
    }
}
