package io.jmcp.netconf.reply;

import io.jmcp.netconf.internal.SecureXml;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.Deque;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Replies as DOM without namespaces: every element and attribute by its local name, so that an
 * XPath such as {@code //interface-information/physical-interface/name} reads the replies of
 * every Junos release, whatever default namespace each release puts them in (e.g. {@code
 * http://xml.juniper.net/junos/22.4R3/junos-interface}). {@code junos:seconds} becomes {@code
 * seconds}, {@code xnm:error} becomes {@code error}. A DOM holds the whole reply in memory: for
 * very large replies stream {@link io.jmcp.netconf.RpcReply#openStream()} instead.
 */
public final class NamespaceFreeXml {
    /**
     * Without it the JDK quietly matches nothing for {@code //junos:name}: a query that can never
     * match a namespace-free document is refused instead.
     */
    private static final NamespaceContext NO_PREFIXES = new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
            throw new IllegalArgumentException("prefix '" + prefix + "' cannot match: the document has no"
                    + " namespaces, write the local name alone");
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            return Collections.emptyIterator();
        }
    };

    private NamespaceFreeXml() {
    }

    /**
     * Reads a document into a namespace-free DOM; comments and processing instructions are left out.
     * Does not close the stream.
     *
     * @throws InvalidReplyException when it is not well-formed XML or carries a DTD
     */
    public static Document document(InputStream xml) {
        XMLStreamReader parser = ReplyXml.open(xml);
        try {
            return build(new NamespaceBlindReader(parser));
        } catch (XMLStreamException e) {
            throw ReplyXml.failure(e);
        } finally {
            try {
                parser.close();
            } catch (XMLStreamException e) {
                // frees parser state only; the caller owns the stream
            }
        }
    }

    /**
     * The text of every node {@code expression} selects under {@code context}, stripped of the line
     * breaks Junos puts around values, in document order.
     *
     * @throws IllegalArgumentException when {@code expression} is not a valid XPath 1.0 node-set
     *     expression (a namespace prefix in it cannot match here)
     */
    public static List<String> xpath(Node context, String expression) {
        NodeList nodes;
        try {
            XPath xpath = XPathFactory.newDefaultInstance().newXPath();
            xpath.setNamespaceContext(NO_PREFIXES);
            nodes = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
        } catch (XPathExpressionException | IllegalArgumentException e) {
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("invalid XPath expression '" + expression + "': " + reason.getMessage(), e);
        }
        List<String> texts = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Document build(XMLStreamReader reader) throws XMLStreamException {
        Document document = SecureXml.newDocument();
        Deque<Node> open = new ArrayDeque<>();
        open.push(document);
        for (int event = reader.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = reader.next()) {
            switch (event) {
                case XMLStreamConstants.DTD -> throw ReplyXml.dtdRefused(reader.getLocation());
                case XMLStreamConstants.START_ELEMENT -> open.push(open.peek().appendChild(element(document, reader)));
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (open.peek() != document) {
                        open.peek().appendChild(document.createTextNode(reader.getText()));
                    }
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        return document;
    }

    private static Element element(Document document, XMLStreamReader reader) {
        Element element = document.createElement(reader.getLocalName());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            element.setAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return element;
    }
}
