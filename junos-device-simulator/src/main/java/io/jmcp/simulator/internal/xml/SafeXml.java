package io.jmcp.simulator.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML from NETCONF clients: namespace aware (elements are then matched by local
 * name, because Junos accepts requests with or without the NETCONF namespace), no DTDs, no
 * external entities, no XInclude.
 */
public final class SafeXml {
    private static final DocumentBuilderFactory FACTORY = secureFactory();
    /** Factories are not thread-safe and builders are not cheap: one builder per worker thread. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /**
     * @throws MalformedXmlException with the parser's message, line and column
     */
    public static Document parse(InputStream xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(new DefaultHandler()); // no default printing of errors to stderr
            return builder.parse(xml);
        } catch (SAXParseException e) {
            throw new MalformedXmlException(e.getMessage() + " (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ")");
        } catch (SAXException e) {
            throw new MalformedXmlException(e.getMessage());
        } catch (IOException e) {
            throw new MalformedXmlException("unreadable XML: " + e.getMessage());
        } finally {
            builder.reset();
        }
    }

    /** An empty document, to build synthetic requests in. */
    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser available", e);
        }
    }

    /** The element as XML text, without an XML declaration. */
    public static String serialize(Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize " + element.getLocalName(), e);
        }
    }

    /** The element children of {@code parent}, in order. */
    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The first child element with this local name, whatever its namespace. */
    public static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(child -> localName.equals(localNameOf(child))).findFirst();
    }

    /** The local name of a namespace-aware or plain DOM element. */
    public static String localNameOf(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
