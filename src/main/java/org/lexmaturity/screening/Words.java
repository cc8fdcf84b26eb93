package org.lexmaturity.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A text's words with their offsets and readings, for the lemma rules. Words are runs of letters, digits and inner
 * hyphens ("EU-asetus", "8 a"): the same words the regular expressions see with {@code \w}.
 */
final class Words {
    final int[] start;
    final int[] end;
    final List<List<WordAnalysis>> readings;

    private Words(int[] start, int[] end, List<List<WordAnalysis>> readings) {
        this.start = start;
        this.end = end;
        this.readings = readings;
    }

    /** Every word, each analysed. */
    static Words of(String text, String language, Morphologies morphologies) {
        return of(text, language, morphologies, null);
    }

    /**
     * Every word; only those whose first two letters are in {@code starts} are analysed (all when it is null), the
     * others have no readings.
     */
    static Words of(String text, String language, Morphologies morphologies, Set<String> starts) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                } else if (c == '-' && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            spans.add(new int[] {s, i});
        }
        int[] st = new int[spans.size()];
        int[] en = new int[spans.size()];
        List<List<WordAnalysis>> r = new ArrayList<>(spans.size());
        for (int k = 0; k < st.length; k++) {
            st[k] = spans.get(k)[0];
            en[k] = spans.get(k)[1];
            String w = text.substring(st[k], en[k]);
            boolean wanted = Character.isLetter(w.codePointAt(0)) && (starts == null || starts.contains(LemmaPattern.start(w)));
            r.add(wanted ? morphologies.analyse(language, w) : List.of());
        }
        return new Words(st, en, r);
    }

    int size() {
        return start.length;
    }

    /** The index of the first word that starts at or after {@code offset}. */
    int firstAt(int offset) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
