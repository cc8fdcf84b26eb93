package org.lexmaturity.statutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One language version of an act as read from one source file, before it becomes RDF.
 *
 * @param jurisdiction ISO 3166 alpha-2 country code in lower case ("fi")
 * @param number       the act's number
 * @param language     ISO 639-1 code of this version ("fi", "sv", "en")
 * @param title        full title in this language
 * @param actType      code in the act-type scheme: act, decree, decision, other
 * @param dateIssued   date of adoption or signature, if known
 * @param datePublished date of publication, if known
 * @param signerRoles  titles of the signatories ("Oikeusministeri"), used to find the responsible ministry
 * @param workIri      the publisher's ELI IRI of the act, if the source gives one
 * @param expressionIri the publisher's ELI IRI of this language version, if the source gives one
 * @param demonstration true for the fictional demonstration acts
 * @param format       source format code: akn, finlex-xml, eli-rdf
 * @param sourceName   file name (or archive entry) it was read from, for messages and provenance
 * @param divisions    top-level divisions in document order
 * @param version      the temporal version this text is of: the original, or consolidated as of a date
 */
public record ActExpression(
        String jurisdiction,
        ActNumber number,
        String language,
        String title,
        String actType,
        Optional<LocalDate> dateIssued,
        Optional<LocalDate> datePublished,
        List<String> signerRoles,
        Optional<String> workIri,
        Optional<String> expressionIri,
        boolean demonstration,
        String format,
        String sourceName,
        List<Division> divisions,
        Version version) {

    /**
     * A temporal version of an act, as ELI and Semantic Finlex name them.
     *
     * @param path {@code alkup} (the original as enacted) or {@code ajantasa/YYYYMMDD} (consolidated as of that date):
     *             the version's IRI is the act's followed by it
     * @param date the date the text is as of: the consolidation date, or the original's date where known
     */
    public record Version(String path, Optional<LocalDate> date) {
        public static final String ORIGINAL = "alkup";

        public boolean original() {
            return path.equals(ORIGINAL);
        }

        /**
         * The version path a user means: {@code alkup} (or {@code original}), {@code ajantasa/YYYYMMDD}, or a date
         * {@code YYYY-MM-DD} for the consolidation as of that date.
         *
         * @throws IllegalArgumentException naming the accepted forms
         */
        public static String parsePath(String text) {
            String t = text.trim();
            if (t.equals(ORIGINAL) || t.equals("original")) {
                return ORIGINAL;
            }
            if (t.matches("ajantasa/\\d{8}")) {
                return t;
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return "ajantasa/" + t.replace("-", "");
            }
            throw new IllegalArgumentException("version '" + text + "' is not one: give alkup (the original), ajantasa/YYYYMMDD or "
                    + "YYYY-MM-DD (consolidated as of that date)");
        }

        /** Whether this version is newer than {@code other}: a consolidation is newer than the original. */
        public boolean newerThan(Version other) {
            if (original() != other.original()) {
                return !original();
            }
            return path.compareTo(other.path) > 0;
        }
    }

    public ActExpression {
        signerRoles = List.copyOf(signerRoles);
        divisions = List.copyOf(divisions);
    }

    /** The original version of an act, as the statute book's files give it. */
    public ActExpression(String jurisdiction, ActNumber number, String language, String title, String actType,
                         Optional<LocalDate> dateIssued, Optional<LocalDate> datePublished, List<String> signerRoles,
                         Optional<String> workIri, Optional<String> expressionIri, boolean demonstration, String format,
                         String sourceName, List<Division> divisions) {
        this(jurisdiction, number, language, title, actType, dateIssued, datePublished, signerRoles, workIri, expressionIri,
                demonstration, format, sourceName, divisions, new Version(Version.ORIGINAL, dateIssued));
    }

    public int countSections() {
        return divisions.stream().mapToInt(Division::countSections).sum();
    }
}
