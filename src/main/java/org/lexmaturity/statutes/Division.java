package org.lexmaturity.statutes;

import java.util.List;

/**
 * One node of an act's structure as read from a source file, in one language.
 *
 * @param kind     part, chapter, section (§ or article) or subsection (momentti)
 * @param number   the number as printed without its unit: "3", "4 a"; empty for unnumbered subsections
 * @param heading  heading, or empty
 * @param text     the node's own text (subsections, and sections without subsections); empty otherwise
 * @param eId      Akoma Ntoso style identifier, the same in every language version ("chp_1__sec_3__subsec_2")
 * @param children nested divisions in document order
 */
public record Division(Kind kind, String number, String heading, String text, String eId, List<Division> children) {

    /** Kinds of division, with the segment used in IRIs (Finlex ELI style) and the EU subdivision table code. */
    public enum Kind {
        PART("osa", "PRT"),
        CHAPTER("luku", "CHP"),
        SECTION("pykala", "ART"),
        SUBSECTION("momentti", "PAR");

        public final String iriSegment;
        public final String euCode;

        Kind(String iriSegment, String euCode) {
            this.iriSegment = iriSegment;
            this.euCode = euCode;
        }
    }

    public Division {
        children = List.copyOf(children);
        number = number == null ? "" : number;
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }

    /** Number of sections (§) in this subtree, this node included. */
    public int countSections() {
        int own = kind == Kind.SECTION ? 1 : 0;
        return own + children.stream().mapToInt(Division::countSections).sum();
    }
}
