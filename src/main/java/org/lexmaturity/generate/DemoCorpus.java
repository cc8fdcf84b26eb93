package org.lexmaturity.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.kernel.SafeXml;
import org.lexmaturity.ingest.StatuteSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bilingual building blocks of generated acts, taken from the shipped demo statutes: every section with its
 * Finnish and Swedish heading and subsection texts (aligned by eId), which barrier kinds and enablers were planted
 * in each subsection ({@code planted-*.tsv}), the acts' titles and the signing ministers' titles. Reusing these
 * texts keeps generated acts as realistic as the demo acts: legal register, barriers, enablers, mitigators and
 * neutral provisions in both languages.
 */
public record DemoCorpus(List<Section> sections, List<Heading> chapterHeadings, List<Heading> titles, List<Heading> signers) {

    /** A Finnish and Swedish pair of texts. */
    public record Heading(String fi, String sv) {}

    /** A subsection's texts and the planted kinds in it (WF, SIG, …, ENABLER; empty for a neutral one). */
    public record Subsection(String fi, String sv, SortedSet<String> planted) {
        public boolean hasBarrier() {
            return planted.stream().anyMatch(BarrierKinds.BARRIER_TYPE::containsKey);
        }
    }

    /** A section (§) of a demo act: heading and subsections. */
    public record Section(Heading heading, List<Subsection> subsections) {}

    private static final String PLANTED = "demo/statutes/planted-";

    /** Reads the demo statutes and their planted lists from the class path. */
    public static DemoCorpus load() {
        Map<String, Map<String, Document>> byAct = new TreeMap<>(); // "2016-9001" → lang → document
        for (StatuteSource s : DemoData.statuteFiles()) {
            String n = s.name(); // demo-2016-9001-fin.xml
            String act = n.substring(5, n.length() - 8);
            String lang = n.substring(n.length() - 7, n.length() - 4);
            byAct.computeIfAbsent(act, k -> new TreeMap<>()).put(lang, SafeXml.parse(s.content(), n));
        }
        Map<String, SortedSet<String>> planted = planted();
        List<Section> sections = new ArrayList<>();
        Map<Heading, Boolean> chapters = new LinkedHashMap<>();
        List<Heading> titles = new ArrayList<>();
        Map<Heading, Boolean> signers = new LinkedHashMap<>();
        for (var e : byAct.entrySet()) {
            Document fi = e.getValue().get("fin");
            Document sv = e.getValue().get("swe");
            String actNumber = e.getKey().substring(5) + "/" + e.getKey().substring(0, 4);
            titles.add(new Heading(text(fi, "docTitle"), text(sv, "docTitle")));
            signers.put(new Heading(text(fi, "role"), text(sv, "role")), true);
            Map<String, Element> svById = byEId(sv);
            for (Element chapter : elements(fi, "chapter")) {
                chapters.put(new Heading(childText(chapter, "heading"), childText(svById.get(chapter.getAttribute("eId")), "heading")), true);
            }
            for (Element section : elements(fi, "section")) {
                Element svSection = svById.get(section.getAttribute("eId"));
                List<Subsection> subs = new ArrayList<>();
                for (Element sub : children(section, "subsection")) {
                    String eId = sub.getAttribute("eId");
                    subs.add(new Subsection(flat(sub), flat(svById.get(eId)), planted.getOrDefault(actNumber + " " + eId, new TreeSet<>())));
                }
                sections.add(new Section(new Heading(childText(section, "heading"), childText(svSection, "heading")), List.copyOf(subs)));
            }
        }
        return new DemoCorpus(List.copyOf(sections), List.copyOf(chapters.keySet()), List.copyOf(titles), List.copyOf(signers.keySet()));
    }

    /** "9001/2016 chp_2__sec_3__subsec_1" → the planted kinds there. */
    private static Map<String, SortedSet<String>> planted() {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        for (String name : List.of("9001-9015.tsv", "9016-9030.tsv")) {
            String[] lines = resource(PLANTED + name).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length >= 4) {
                    out.computeIfAbsent(f[0] + " " + f[1], k -> new TreeSet<>()).add(f[3]);
                }
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Element> byEId(Document d) {
        Map<String, Element> out = new TreeMap<>();
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("eId")) {
                out.put(e.getAttribute("eId"), e);
            }
        }
        return out;
    }

    private static List<Element> elements(Document d, String localName) {
        NodeList list = d.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String childText(Element parent, String localName) {
        if (parent == null) {
            throw new IllegalStateException("the demo statutes' Finnish and Swedish versions do not share their eIds");
        }
        return children(parent, localName).stream().findFirst().map(DemoCorpus::flat).orElse("");
    }

    private static String text(Document d, String localName) {
        return elements(d, localName).stream().findFirst().map(DemoCorpus::flat).orElse("");
    }

    /** The element's text on one line; numbered points keep their number ("1) …"). */
    private static String flat(Element e) {
        if (e == null) {
            throw new IllegalStateException("the demo statutes' Finnish and Swedish versions do not share their eIds");
        }
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
