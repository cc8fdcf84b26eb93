package org.lexmaturity.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexmaturity.citations.CitationMatch.Outcome;
import org.lexmaturity.statutes.ActNumber;

/**
 * Finds statute citations in Finnish and Swedish free text and tells which act, chapter and section each means.
 *
 * <p>A citation is an act's name (title, short name, abbreviation) or number, with the provision written next to
 * it: "hallintolain 16 §:n 2 momentti", "16 § andra stycket förvaltningslagen", "laki 13/2003". A number in
 * brackets after a name wins over the name. A provision with no act next to it ("3 luvun 16 §") is not reported:
 * it points back to an act named somewhere else ("tämän lain", an earlier sentence), and guessing that act would
 * put wrong links into the data.
 *
 * <p>Pure and store-free. Thread-safe once its {@link StatuteNames} are filled; the text is scanned once per kind of
 * thing (words, act numbers, provisions) and the pieces are then joined by their positions.
 */
public final class CitationFinder {
    private final StatuteNames names;

    public CitationFinder(StatuteNames names) {
        this.names = names;
    }

    /** A word or words that name an act; {@code acts} is empty for a name not in the list. */
    private record Name(int start, int end, List<ActNumber> acts, boolean needsProvision) {}

    /** The citations in the text, in order of position. */
    public List<CitationMatch> find(String text) {
        List<Token> tokens = Token.of(text);
        Map<Integer, ActNumberMention> numbersAt = new HashMap<>();
        List<ActNumberMention> numbers = ActNumberMention.find(text);
        numbers.forEach(n -> numbersAt.put(n.core(), n));
        Map<Integer, Provision> provisionsAt = new HashMap<>();
        Map<Integer, Provision> provisionsEndingAt = new HashMap<>();
        for (Provision p : Provision.find(text)) {
            provisionsAt.put(p.start(), p);
            provisionsEndingAt.put(p.end(), p);
        }
        Set<Object> used = new HashSet<>();
        List<CitationMatch> out = new ArrayList<>();
        for (Name name : names(text, tokens)) {
            int start = name.start();
            int end = name.end();
            ActNumberMention number = numbersAt.get(skipSpace(text, end));
            if (number != null && used.add(number)) {
                end = number.end();
            } else {
                number = null;
            }
            Provision provision = provisionsAt.get(skipSpace(text, end));
            if (provision != null && used.add(provision)) {
                end = provision.end();
            } else {
                // Swedish puts the section first: "16 § förvaltningslagen", "16 § i förvaltningslagen"
                provision = provisionsEndingAt.get(backBeforeName(text, start));
                if (provision != null && used.add(provision)) {
                    start = provision.start();
                } else {
                    provision = null;
                }
            }
            if (name.needsProvision() && number == null && provision == null) {
                continue;
            }
            out.add(match(text, start, end, number != null ? List.of(number.act()) : name.acts(), provision,
                    number == null && name.acts().isEmpty()));
        }
        for (ActNumberMention number : numbers) {
            if (number.weak() || used.contains(number)) {
                continue;
            }
            used.add(number);
            int end = number.end();
            Provision provision = provisionsAt.get(skipSpace(text, end));
            if (provision != null && used.add(provision)) {
                end = provision.end();
            } else {
                provision = null;
            }
            out.add(match(text, number.start(), end, List.of(number.act()), provision, false));
        }
        out.sort(Comparator.comparingInt(CitationMatch::start));
        return out;
    }

    /**
     * Names in the text, left to right: known names (longest first), then abbreviations and words that are
     * compounds of an act-type word ("kalastuslain"). The last two count only next to a provision or number:
     * "FL" is also a degree, and "uusi kalastuslaki" names no act we can tell.
     */
    private List<Name> names(String text, List<Token> tokens) {
        List<Name> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            StatuteNames.Found known = names.longest(text, tokens, i);
            Token t = tokens.get(i);
            if (known != null) {
                found.add(new Name(t.start(), tokens.get(known.to() - 1).end(), known.acts(), false));
                i = known.to();
                continue;
            }
            List<ActNumber> abbreviated = names.abbreviation(t.text());
            if (!abbreviated.isEmpty()) {
                found.add(new Name(t.start(), caseEnding(text, t.end()), abbreviated, true));
            } else if (HeadWords.isActName(t.base())) {
                found.add(new Name(t.start(), t.end(), List.of(), true));
            }
            i++;
        }
        return found;
    }

    private static CitationMatch match(String text, int start, int end, List<ActNumber> acts, Provision p,
            boolean unknown) {
        Outcome outcome = unknown ? Outcome.UNKNOWN_NAME : acts.size() == 1 ? Outcome.IDENTIFIED : Outcome.AMBIGUOUS;
        Optional<ActNumber> act = outcome == Outcome.IDENTIFIED ? Optional.of(acts.get(0)) : Optional.empty();
        Optional<Provision> provision = Optional.ofNullable(p);
        return new CitationMatch(start, end, text.substring(start, end), act,
                provision.flatMap(Provision::chapter), provision.map(Provision::section),
                provision.flatMap(Provision::subsection), provision.flatMap(Provision::point), outcome, acts);
    }

    // "HL:n" — a Finnish case ending after an abbreviation belongs to it
    private static int caseEnding(String text, int end) {
        int i = end;
        if (i + 1 < text.length() && text.charAt(i) == ':' && Character.isLetter(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // the end of what stands before a name: spaces, and Swedish "i" ("16 § i förvaltningslagen")
    private static int backBeforeName(String text, int start) {
        int i = start;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i >= 2 && text.charAt(i - 1) == 'i' && isSpace(text.charAt(i - 2)) && i < start) {
            int j = i - 1;
            while (j > 0 && isSpace(text.charAt(j - 1))) {
                j--;
            }
            return j;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }
}
