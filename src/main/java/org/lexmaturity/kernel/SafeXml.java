package org.lexmaturity.kernel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM with every door to the outside closed: no DOCTYPE at all (which rules out
 * external entities and entity expansion bombs), no external DTDs or schemas, no XInclude.
 */
public final class SafeXml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required security feature", e);
        }
    }

    /** Parses {@code content}; a problem becomes an {@link ImportException} naming {@code source}, line and column. */
    public static Document parse(byte[] content, String source) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) throws SAXException { throw e; }
                @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
            });
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            String problem = e.getMessage();
            if (problem != null && problem.contains("DOCTYPE is disallowed")) {
                problem = "a DOCTYPE declaration is not allowed (external entities and entity expansion are refused)";
            }
            throw new ImportException(source, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    "not well-formed XML: " + problem, e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ImportException(source, "", "cannot read XML: " + e.getMessage(), e);
        }
    }

    private SafeXml() {}
}
