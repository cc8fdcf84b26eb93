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
        List<Division> divisions) {

    public ActExpression {
        signerRoles = List.copyOf(signerRoles);
        divisions = List.copyOf(divisions);
    }

    public int countSections() {
        return divisions.stream().mapToInt(Division::countSections).sum();
    }
}
