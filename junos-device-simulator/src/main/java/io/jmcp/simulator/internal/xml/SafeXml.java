package io.jmcp.simulator.internal.xml;

import io.jmcp.netconf.internal.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Untrusted XML from NETCONF clients as DOM, parsed by the client library's hardened
 * {@link SecureXml} (no DTDs, no external entities, no XInclude): namespace aware, and elements
 * are matched by local name, because Junos accepts requests with or without the NETCONF namespace.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /**
     * @throws MalformedXmlException with the parser's message, line and column
     */
    public static Document parse(InputStream xml) {
        try {
            return SecureXml.parseDocument(xml);
        } catch (SAXParseException e) {
            throw new MalformedXmlException(e.getMessage() + " (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ")");
        } catch (SAXException e) {
            throw new MalformedXmlException(e.getMessage());
        } catch (IOException e) {
            throw new MalformedXmlException("unreadable XML: " + e.getMessage());
        }
    }

    /** An empty document, to build synthetic requests in. */
    public static Document newDocument() {
        return SecureXml.newDocument();
    }

    /** The element as XML text, without an XML declaration. */
    public static String serialize(Element element) {
        return SecureXml.toXml(element);
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
}
