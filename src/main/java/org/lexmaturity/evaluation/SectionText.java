package org.lexmaturity.evaluation;

/**
 * One section (§) of an act in one language, the unit an expert labels: its own text and its subsections' and items'
 * texts in document order, one per line. Headings and the "N §" label are not text.
 *
 * @param act      the act's number, year first ("2019/171")
 * @param section  the section's path under the act, as its IRI has it ("pykala/5", "luku/2/pykala/3")
 * @param language "fi" or "sv"
 */
public record SectionText(String act, String section, String language, String text) {
    /** The unit's key: act, section and language. */
    public String key() {
        return act + " " + section + " " + language;
    }
}
