package org.lexmaturity.evaluation;

/**
 * One expert label of a section in one language, as the screening guide defines it.
 *
 * @param category WF, SIG, ORIG, PERS, POST, FORM, DISC, APPL, DATA, LOC, ELEC-E, APPL-E, DATA-E; "-" for a unit
 *                 labelled with nothing
 * @param status   barrier, mitigated, enabler; "-" with category "-"
 * @param evidence the phrase of the text that carries the label
 * @param note     empty, or "hard case: …"
 */
public record Label(String act, String section, String language, String category, String status, String evidence, String note) {
    public String unit() {
        return act + " " + section + " " + language;
    }

    public boolean none() {
        return category.equals("-");
    }

    public boolean hardCase() {
        return note.startsWith("hard case");
    }
}
