package org.lexmaturity.ingest;

import java.util.HashSet;
import org.lexmaturity.kernel.ImportException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.statutes.Division.Kind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads one language version of an act from Akoma Ntoso 3.0, as served by the Finlex open data API (and by other
 * publishers: elements are matched by local name, so the draft namespaces of 3.0 read the same).
 */
final class AknReader {
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static final Set<String> BLOCKS = Set.of("p", "paragraph", "point", "item", "intro", "wrapUp", "list",
            "blockList", "tr", "content", "subparagraph", "alinea");
    private static final Set<String> NOT_TEXT = Set.of("authorialNote", "noteRef", "eol");
    private static final Set<String> WRAPPERS = Set.of("hcontainer", "level", "container", "body", "mainBody",
            "division", "tblock", "subchapter", "subtitle", "subpart", "book", "title");
    private static final Set<String> NOT_PROVISIONS = Set.of("conclusions", "signatures", "preliminaryWork");
    private static final Pattern YEAR_IN_URI = Pattern.compile("/(\\d{4})(?:-\\d{2}-\\d{2})?/");
    private static final Pattern FINLEX_WORK = Pattern.compile("^(http://data\\.finlex\\.fi/eli/sd/\\d{4}/\\d+[a-z]?)(/.*)?$");

    static ActExpression read(Document doc, String source) {
        Element root = doc.getDocumentElement();
        Element act = Dom.children(root).stream().findFirst()
                .orElseThrow(() -> new ImportException(source, "element akomaNtoso", "no document inside <akomaNtoso>"));
        Element meta = Dom.child(act, "meta")
                .orElseThrow(() -> new ImportException(source, "element " + act.getLocalName(), "no <meta> section"));
        Element identification = Dom.child(meta, "identification")
                .orElseThrow(() -> new ImportException(source, "element meta", "no <identification> (FRBR metadata)"));
        Element work = Dom.child(identification, "FRBRWork")
                .orElseThrow(() -> new ImportException(source, "element identification", "no <FRBRWork>"));
        Element expression = Dom.child(identification, "FRBRExpression")
                .orElseThrow(() -> new ImportException(source, "element identification", "no <FRBRExpression>"));

        String workUri = value(work, "FRBRuri").orElse("");
        String country = value(work, "FRBRcountry").orElseGet(() -> segment(workUri, 2)).toLowerCase(Locale.ROOT);
        if (country.isEmpty()) {
            throw new ImportException(source, "element FRBRWork", "no <FRBRcountry>: the jurisdiction is unknown");
        }
        Optional<LocalDate> issued = date(work, "dateIssued", source);
        ActNumber number = number(act, work, workUri, issued, source);
        String language = Dom.child(expression, "FRBRlanguage").map(e -> e.getAttribute("language")).map(AknReader::iso2)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new ImportException(source, "element FRBRExpression", "no <FRBRlanguage language=…>"));
        String title = Dom.descendant(act, "docTitle").map(Dom::inlineText).orElse("");
        if (title.isEmpty()) {
            title = Dom.descendant(act, "longTitle").map(Dom::inlineText).orElse("");
        }
        Optional<String> workIri = alias(work).map(AknReader::finlexWork);
        Optional<String> expressionIri = alias(expression);
        boolean demo = Dom.descendants(meta, "demonstrationData").stream().anyMatch(e -> "true".equals(Dom.inlineText(e)));

        List<String> signers = Dom.descendants(act, "signature").stream()
                .flatMap(s -> Dom.children(s, "role").stream()).map(Dom::inlineText).filter(s -> !s.isEmpty()).toList();
        Element body = Dom.child(act, "body").or(() -> Dom.child(act, "mainBody"))
                .orElseThrow(() -> new ImportException(source, "element " + act.getLocalName(), "no <body>"));
        List<Division> divisions = new ArrayList<>();
        collect(body, "", divisions, source);
        return new ActExpression(country, number, language, title, actType(meta), issued,
                date(expression, "datePublished", source).or(() -> date(work, "datePublished", source)),
                signers, workIri, expressionIri, demo, "akn", source, divisions);
    }

    /** Walks containers, flattening wrappers, and turns parts, chapters and sections into divisions. */
    private static void collect(Element container, String prefix, List<Division> out, String source) {
        for (Element e : Dom.children(container)) {
            String name = e.getLocalName();
            if (NOT_PROVISIONS.contains(e.getAttribute("name")) || NOT_PROVISIONS.contains(name)) {
                continue;
            }
            switch (name) {
                case "part" -> out.add(container(e, Kind.PART, prefix, source));
                case "chapter" -> out.add(container(e, Kind.CHAPTER, prefix, source));
                case "section", "article" -> out.add(section(e, prefix, out.size() + 1));
                default -> {
                    if (WRAPPERS.contains(name)) {
                        collect(e, prefix, out, source);
                    }
                }
            }
        }
    }

    private static Division container(Element e, Kind kind, String prefix, String source) {
        String number = Dom.child(e, "num").map(n -> Dom.numberOf(n.getTextContent())).orElse("");
        String eId = eId(e, prefix + (kind == Kind.PART ? "part_" : "chp_") + compact(number));
        List<Division> children = new ArrayList<>();
        collect(e, eId + "__", children, source);
        return new Division(kind, number, heading(e), "", eId, children);
    }

    private static Division section(Element e, String prefix, int position) {
        String number = Dom.child(e, "num").map(n -> Dom.numberOf(n.getTextContent())).orElse(String.valueOf(position));
        String eId = eId(e, prefix + "sec_" + compact(number));
        List<Element> units = Dom.children(e, "subsection");
        if (units.isEmpty()) {
            units = Dom.children(e, "paragraph");
        }
        if (units.isEmpty()) {
            String text = Dom.blockText(e, BLOCKS, union(NOT_TEXT, Set.of("num", "heading", "subheading")));
            return new Division(Kind.SECTION, number, heading(e), text, eId, List.of());
        }
        List<Division> subsections = new ArrayList<>();
        for (Element unit : units) {
            String unitId = eId(unit, eId + "__subsec_" + (subsections.size() + 1));
            String text = Dom.blockText(unit, BLOCKS, NOT_TEXT);
            subsections.add(new Division(Kind.SUBSECTION, String.valueOf(subsections.size() + 1), "", text, unitId, List.of()));
        }
        return new Division(Kind.SECTION, number, heading(e), "", eId, subsections);
    }

    private static String heading(Element e) {
        return Dom.child(e, "heading").map(Dom::inlineText).orElse("");
    }

    private static String eId(Element e, String fallback) {
        String id = e.getAttribute("eId");
        if (id.isEmpty()) {
            id = e.getAttribute("id");
        }
        return id.isEmpty() ? fallback : id;
    }

    private static String compact(String number) {
        return number.replace(" ", "");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        HashSet<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static ActNumber number(Element act, Element work, String workUri, Optional<LocalDate> issued, String source) {
        Optional<String> docNumber = Dom.descendant(act, "docNumber").map(Dom::inlineText);
        if (docNumber.isPresent() && docNumber.get().matches("\\d{1,5}[a-z]?/\\d{4}")) {
            return ActNumber.parseLocal(docNumber.get());
        }
        String n = value(work, "FRBRnumber").orElse("");
        Matcher year = YEAR_IN_URI.matcher(workUri + "/");
        String y = year.find() ? year.group(1) : issued.map(d -> String.valueOf(d.getYear())).orElse("");
        try {
            return new ActNumber(Integer.parseInt(y), n);
        } catch (IllegalArgumentException e) {
            throw new ImportException(source, "element FRBRWork",
                    "cannot tell the act's number: no <docNumber> like 13/2003 and no usable <FRBRnumber> and year ("
                            + e.getMessage() + ")");
        }
    }

    private static String actType(Element meta) {
        for (Element concept : Dom.descendants(meta, "TLCConcept")) {
            String href = concept.getAttribute("href");
            Matcher m = Pattern.compile("type-statute\\.(act|decree|decision)$").matcher(href);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "other";
    }

    private static Optional<String> value(Element parent, String element) {
        return Dom.child(parent, element).map(e -> e.getAttribute("value").trim()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> alias(Element frbr) {
        return Dom.children(frbr, "FRBRalias").stream().filter(a -> "eli".equals(a.getAttribute("name")))
                .map(a -> a.getAttribute("value").trim()).filter(s -> s.startsWith("http")).findFirst();
    }

    /** Finlex aliases name a version ("…/sd/2026/1/alkup"); the act itself is "…/sd/2026/1". */
    private static String finlexWork(String alias) {
        Matcher m = FINLEX_WORK.matcher(alias);
        return m.matches() ? m.group(1) : alias;
    }

    private static Optional<LocalDate> date(Element frbr, String name, String source) {
        for (Element d : Dom.children(frbr, "FRBRdate")) {
            if (name.equals(d.getAttribute("name"))) {
                try {
                    return Optional.of(LocalDate.parse(d.getAttribute("date").trim()));
                } catch (DateTimeParseException e) {
                    throw new ImportException(source, "element FRBRdate name=\"" + name + "\"",
                            "'" + d.getAttribute("date") + "' is not a date of the form YYYY-MM-DD");
                }
            }
        }
        return Optional.empty();
    }

    private static String segment(String uri, int index) {
        String[] parts = uri.split("/");
        return parts.length > index ? parts[index] : "";
    }

    /** "fin" → "fi", "swe" → "sv"; two-letter codes stay. */
    static String iso2(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.length() == 2) {
            return c;
        }
        for (String iso2 : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(iso2);
            if (l.getISO3Language().equals(c)) {
                return iso2;
            }
        }
        return switch (c) {
            case "swe" -> "sv";
            case "fin" -> "fi";
            default -> c;
        };
    }

    private AknReader() {}
}
