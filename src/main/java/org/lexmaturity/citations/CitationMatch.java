package org.lexmaturity.citations;

import java.util.List;
import java.util.Optional;
import org.lexmaturity.statutes.ActNumber;

/**
 * One statute citation found in a text.
 *
 * @param start      offset of the first character of the whole citation
 * @param end        offset after its last character
 * @param text       the citation as written, {@code input.substring(start, end)}
 * @param act        the act meant, when it is {@link Outcome#IDENTIFIED}
 * @param chapter    chapter label ("8 b"), if written
 * @param section    section label ("16", "53 e"), if written
 * @param subsection subsection (momentti, moment, stycke) as digits ("2"), if written
 * @param point      point (kohta, punkt) as digits ("25"), if written
 * @param outcome    whether the act could be told
 * @param candidates the acts the citation may mean: the one act if identified, all of them if ambiguous, none if
 *                   the name is unknown
 */
public record CitationMatch(int start, int end, String text, Optional<ActNumber> act, Optional<String> chapter,
        Optional<String> section, Optional<String> subsection, Optional<String> point, Outcome outcome,
        List<ActNumber> candidates) {

    /** How far a citation could be resolved to an act. */
    public enum Outcome {
        /** The act is known: from its number, or from a name that only one act has. */
        IDENTIFIED,
        /** The name belongs to several acts; {@link #candidates} lists them and none is guessed. */
        AMBIGUOUS,
        /** A word that names an act ("kalastuslain") with a section, but the name is not in the list. */
        UNKNOWN_NAME
    }

    public CitationMatch {
        candidates = List.copyOf(candidates);
    }
}
