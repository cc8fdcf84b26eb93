package org.lexmaturity.report;

import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * SVG fit to inline in a report page: parsed as XML with no DTD and no entities, stripped of scripts, event handlers,
 * animation and links outside the document, and marked as one image with its alternative text.
 */
final class SafeSvg {
    private static final Set<String> UNSAFE_SVG_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "animate", "set", "animatemotion", "animatetransform");

    /** A CSS url(...) that points anywhere but into the document itself. */
    private static final Pattern OUTSIDE_URL =
            Pattern.compile("url\\(\\s*+['\"]?+\\s*+(?!#)");

    private SafeSvg() {}

    /**
     * The SVG parsed as XML (no DTD, no entities), without scripts, event handlers, animation or links outside the
     * document, and marked as one image named by {@code alt}; null when there is none or it does not parse.
     */
    static String of(String svg, String alt) {
        if (svg == null || svg.isBlank()) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var parser = f.newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler());   // reported by returning null, not on stderr
            Document doc = parser.parse(new InputSource(new StringReader(svg.strip())));
            Element root = doc.getDocumentElement();
            if (!"svg".equals(root.getLocalName())) {
                return null;
            }
            clean(root);
            if (!root.hasAttribute("viewBox") && root.hasAttribute("width") && root.hasAttribute("height")) {
                String w = root.getAttribute("width").replace("px", "").strip();
                String h = root.getAttribute("height").replace("px", "").strip();
                if (w.matches("[0-9.]+") && h.matches("[0-9.]+")) {
                    root.setAttribute("viewBox", "0 0 " + w + " " + h);
                }
            }
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", alt);
            root.setAttribute("focusable", "false");
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static void clean(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> remove = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = (a.getLocalName() != null ? a.getLocalName() : a.getName()).toLowerCase(Locale.ROOT);
            String value = a.getValue().strip().toLowerCase(Locale.ROOT);
            boolean link = name.equals("href") || name.equals("src");
            if (name.startsWith("on") || (link && !value.startsWith("#"))
                    || value.contains("javascript:") || OUTSIDE_URL.matcher(value).find()) {
                remove.add(a);
            }
        }
        remove.forEach(e::removeAttributeNode);
        Node child = e.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element c) {
                String name = (c.getLocalName() != null ? c.getLocalName() : c.getNodeName()).toLowerCase(Locale.ROOT);
                String text = c.getTextContent().toLowerCase(Locale.ROOT);
                boolean unsafeStyle = name.equals("style") && (text.contains("@import") || text.contains("javascript:")
                        || OUTSIDE_URL.matcher(text).find());
                if (UNSAFE_SVG_ELEMENTS.contains(name) || unsafeStyle) {
                    e.removeChild(c);
                } else {
                    clean(c);
                }
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                e.removeChild(child);
            }
            child = next;
        }
    }
}
