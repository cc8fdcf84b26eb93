package org.lexmaturity.ingest;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small namespace-agnostic helpers over a DOM: children by local name, and readable text of a block. */
final class Dom {

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst();
    }

    /** All descendants with the local name, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        collect(root, localName, out);
        return out;
    }

    private static void collect(Element e, String localName, List<Element> out) {
        for (Element c : children(e)) {
            if (localName.equals(c.getLocalName())) {
                out.add(c);
            }
            collect(c, localName, out);
        }
    }

    static Optional<Element> descendant(Element root, String localName) {
        List<Element> all = descendants(root, localName);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Text content with runs of white space folded to one space and trimmed. */
    static String inlineText(Element e) {
        return fold(e.getTextContent());
    }

    static String fold(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    /**
     * The readable text of an element: each block element (paragraph, list point, table row) on a line of
     * its own, white space folded within lines, elements named in {@code skip} left out.
     */
    static String blockText(Element e, Set<String> blockNames, Set<String> skip) {
        StringBuilder sb = new StringBuilder();
        appendText(e, blockNames, skip, sb);
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String folded = fold(line);
            if (!folded.isEmpty()) {
                lines.add(folded);
            }
        }
        return String.join("\n", lines);
    }

    private static void appendText(Node node, Set<String> blockNames, Set<String> skip, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue().replace('\n', ' '));
            } else if (n instanceof Element child) {
                if (skip.contains(child.getLocalName())) {
                    continue;
                }
                boolean block = blockNames.contains(child.getLocalName());
                if (block) {
                    // a point's number ("1)", "a)") stays on the line of the text it numbers
                    sb.append(endsWithPointNumber(sb) ? ' ' : '\n');
                }
                appendText(child, blockNames, skip, sb);
                if (block) {
                    sb.append('\n');
                } else if ("td".equals(child.getLocalName()) || "entry".equals(child.getLocalName())) {
                    sb.append(" | ");
                }
            }
        }
    }

    private static final Pattern POINT_NUMBER = Pattern.compile("(^|\n)\\s*(\\d+[a-z]?|[a-z])\\)\\s*$");

    private static boolean endsWithPointNumber(StringBuilder sb) {
        int from = Math.max(0, sb.length() - 40);
        return POINT_NUMBER.matcher(sb.subSequence(from, sb.length())).find();
    }

    /** "4 a §" becomes "4 a"; "Article 12" becomes "12"; "1 luku" and "1 kap." become "1". */
    static String numberOf(String printed) {
        // whole words only: "avd" inside "AVDELNINGEN" is no unit, and removing it left "IV ELNINGEN"
        String n = fold(printed).replaceAll("(?iU)(§|\\b(luku|kap\\.|kap|kapitlet|kapitel|chapter|article|artikla|artikel|osa"
                        + "|avdelningen|avdelning|avd\\.|avd|delen|del|part)\\b)", "")
                .replaceAll("[^0-9A-Za-z ]", "").trim();
        return n.replaceAll("\\s+", " ");
    }

    private Dom() {}
}
