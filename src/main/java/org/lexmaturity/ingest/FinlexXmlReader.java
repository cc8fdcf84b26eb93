package org.lexmaturity.ingest;

import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Locale;
import org.lexmaturity.kernel.ImportException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Reads one language version of an act from the Finlex statute XML of the earlier bulk downloads
 * (root {@code VahvistettavaLaki}, schemas of the Finnish government, 2010). Finlex gave every act an ELI, so
 * the act gets its Finlex ELI IRI even though the file does not spell it out.
 */
final class FinlexXmlReader {
    static final String ROOT = "VahvistettavaLaki";
    static final String FINLEX_ELI = "http://data.finlex.fi/eli/sd/";

    private static final Set<String> BLOCKS = Set.of("MomenttiJohdantoKooste", "MomenttiKohtaKooste",
            "MomenttiAlakohtaKooste", "KappaleKooste", "row", "SaadosKappaleKooste");
    private static final Set<String> NOT_TEXT = Set.of("colspec");
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.?\\s+(?:päivänä\\s+)?(\\p{L}+)\\s+(\\d{4})");

    static ActExpression read(Document doc, String source) {
        Element root = doc.getDocumentElement();
        Element id = Dom.descendant(root, "EduskuntaTunniste")
                .orElseThrow(() -> new ImportException(source, "element IdentifiointiOsa", "no <EduskuntaTunniste> with the act's number"));
        String nr = Dom.descendant(id, "AsiakirjaNroTeksti").map(Dom::inlineText).orElse("");
        String yr = Dom.descendant(id, "ValtiopaivavuosiTeksti").map(Dom::inlineText).orElse("");
        ActNumber number;
        try {
            // a stray character around the year ("2006>" in the Swedish file of 1412/2006) is a typing slip, not another
            // year: the one run of four digits is the year
            number = new ActNumber(Integer.parseInt(yearOf(yr)), nr.strip());
        } catch (IllegalArgumentException e) {
            throw new ImportException(source, "element EduskuntaTunniste",
                    "no usable act number: AsiakirjaNroTeksti '" + nr + "', ValtiopaivavuosiTeksti '" + yr + "'");
        }
        String language = attribute(root, "kieliKoodi");
        if (!language.equals("fi") && !language.equals("sv")) {
            throw new ImportException(source, "element " + ROOT, "kieliKoodi must be fi or sv, not '" + language + "'");
        }
        Element statute = Dom.descendant(root, "Saados").or(() -> Dom.descendant(root, "MuuSaados"))
                .orElseThrow(() -> new ImportException(source, "element SaadosOsa", "no <Saados> (statute text)"));
        String title = title(root, statute);
        String type = switch (attribute(statute, "saadostyyppiNimi")) {
            case "Laki" -> "act";
            case "Asetus" -> "decree";
            case "Päätös" -> "decision";
            default -> "other";
        };
        List<String> signers = Dom.descendants(root, "AsemaTeksti").stream().map(Dom::inlineText).toList();
        Optional<LocalDate> signed = Dom.descendant(root, "PaivaysKooste").map(Dom::inlineText)
                .flatMap(text -> signatureDate(text, source));

        List<Division> divisions = new ArrayList<>();
        Dom.descendant(statute, "Pykalisto").ifPresent(p -> collect(p, "", divisions));
        String work = FINLEX_ELI + number.year() + "/" + number.number();
        return new ActExpression("fi", number, language, title, type, signed, Optional.empty(), signers,
                Optional.of(work), Optional.of(work + "/alkup/" + (language.equals("fi") ? "fin" : "swe")),
                false, "finlex-xml", source, divisions);
    }

    private static String yearOf(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            String year = m.group();
            return m.find() ? text : year;
        }
        return text;
    }

    private static String title(Element root, Element statute) {
        Optional<Element> name = Dom.child(statute, "SaadosNimeke");
        String kind = name.flatMap(n -> Dom.child(n, "SaadostyyppiKooste")).map(Dom::inlineText).orElse("");
        String rest = name.flatMap(n -> Dom.child(n, "SaadosNimekeKooste")).map(Dom::inlineText)
                .or(() -> Dom.descendant(root, "NimekeTeksti").map(Dom::inlineText)).orElse("");
        // an act named by one word ("Tietosuojalaki") has no NimekeKooste, and the metadata's NimekeTeksti repeats the
        // whole name: it must not be added to itself
        if (Dom.fold(rest).toLowerCase(Locale.ROOT).startsWith(Dom.fold(kind).toLowerCase(Locale.ROOT))) {
            return Dom.fold(rest);
        }
        return Dom.fold(kind + " " + rest);
    }

    private static void collect(Element container, String prefix, List<Division> out) {
        for (Element e : Dom.children(container)) {
            switch (e.getLocalName()) {
                case "Osa" -> out.add(group(e, Kind.PART, "OsaTunnusKooste", prefix + "part_", prefix, out.size()));
                case "Luku" -> out.add(group(e, Kind.CHAPTER, "LukuTunnusKooste", prefix + "chp_", prefix, out.size()));
                case "Pykala" -> out.add(section(e, prefix, out.size() + 1));
                default -> { }
            }
        }
    }

    private static Division group(Element e, Kind kind, String numberElement, String idPrefix, String prefix, int index) {
        String number = Dom.child(e, numberElement).map(n -> Dom.numberOf(n.getTextContent()))
                .filter(s -> !s.isEmpty()).orElse(String.valueOf(index + 1));
        String eId = idPrefix + number.replace(" ", "");
        String heading = Dom.child(e, "SaadosOtsikkoKooste").map(Dom::inlineText).orElse("");
        List<Division> children = new ArrayList<>();
        collect(e, eId + "__", children);
        return new Division(kind, number, heading, "", eId, children);
    }

    private static Division section(Element e, String prefix, int position) {
        String printed = Dom.child(e, "PykalaTunnusKooste").map(Element::getTextContent).orElse(attribute(e, "identifiointiTunnus"));
        String number = Dom.numberOf(printed);
        if (number.isEmpty()) {
            number = String.valueOf(position);
        }
        String eId = prefix + "sec_" + number.replace(" ", "");
        String heading = Dom.child(e, "SaadosOtsikkoKooste").map(Dom::inlineText).orElse("");
        List<Division> subsections = new ArrayList<>();
        for (Element c : Dom.children(e)) {
            String name = c.getLocalName();
            if (name.equals("MomenttiKooste") || name.equals("KohdatMomentti") || name.equals("table")) {
                String text = Dom.blockText(c, BLOCKS, NOT_TEXT);
                if (!text.isEmpty()) {
                    int n = subsections.size() + 1;
                    subsections.add(new Division(Kind.SUBSECTION, String.valueOf(n), "", text, eId + "__subsec_" + n, List.of()));
                }
            }
        }
        return new Division(Kind.SECTION, number, heading, "", eId, subsections);
    }

    /** "Helsingissä 24 päivänä tammikuuta 2003" and "Helsingfors den 24 januari 2003". */
    static Optional<LocalDate> signatureDate(String text, String source) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        } catch (DateTimeException | NumberFormatException e) {
            throw new ImportException(source, "element PaivaysKooste", "'" + text + "' is not a valid date");
        }
    }

    private static Map<String, Integer> months() {
        String[] fi = {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
                "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"};
        String[] sv = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                "oktober", "november", "december"};
        HashMap<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            m.put(fi[i], i + 1);
            m.put(sv[i], i + 1);
        }
        return Map.copyOf(m);
    }

    /** Attributes are namespaced (met1:kieliKoodi, saa1:saadostyyppiNimi); match on the local name. */
    private static String attribute(Element e, String localName) {
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            var a = attrs.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (localName.equals(name)) {
                return a.getNodeValue().trim();
            }
        }
        return "";
    }

    private FinlexXmlReader() {}
}
