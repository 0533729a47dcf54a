package io.jmcp.netconf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * jmcp's one source of XML parsers and writers (the client's, junos-config's and the simulator's),
 * hardened against what a hostile or broken peer could send: DTDs are not processed (a DOM parse
 * refuses them), hence no entity expansion (billion laughs), no external entities (file or network
 * reads) and no XInclude. Two reader flavours: coalescing, for messages read as a whole (hello,
 * requests, a command's text), and streaming, for replies of any size that are walked once (a huge
 * text node arrives in pieces instead of in one string). A namespace-aware DOM parse, for the
 * simulator, which reads its clients' requests as DOM.
 */
public final class SecureXml {
    private static final XMLInputFactory INPUT = newInputFactory(true);
    private static final XMLInputFactory STREAMING_INPUT = newInputFactory(false);
    private static final XMLOutputFactory OUTPUT = newOutputFactory();
    private static final DocumentBuilderFactory DOM = newDocumentBuilderFactory();
    /** Factories are not thread-safe and builders are not cheap: one builder per thread. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SecureXml::newBuilder);

    private SecureXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return INPUT.createXMLStreamReader(in);
    }

    public static XMLStreamReader reader(Reader in) throws XMLStreamException {
        return INPUT.createXMLStreamReader(in);
    }

    /** A reader that hands long text over in pieces, for walking a reply of any size once. */
    public static XMLStreamReader streamingReader(InputStream in) throws XMLStreamException {
        return STREAMING_INPUT.createXMLStreamReader(in);
    }

    public static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out);
    }

    /** An empty DOM document to build into. */
    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    /**
     * A namespace-aware DOM of {@code xml}; a document that declares a DTD is refused.
     *
     * @throws SAXException when {@code xml} is not well-formed (a {@link org.xml.sax.SAXParseException} says where)
     */
    public static Document parseDocument(InputStream xml) throws SAXException, IOException {
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(new DefaultHandler()); // no default printing of errors to stderr
            return builder.parse(xml);
        } finally {
            builder.reset();
        }
    }

    /** The element as XML text, without an XML declaration. */
    public static String toXml(Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
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

    private static XMLInputFactory newInputFactory(boolean coalescing) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        return factory;
    }

    private static DocumentBuilderFactory newDocumentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
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
            throw new IllegalStateException("the JDK's DOM parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static DocumentBuilder newBuilder() {
        try {
            return DOM.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser available", e);
        }
    }

    private static XMLOutputFactory newOutputFactory() {
        // Not repairing: writers copy the namespace declarations they need themselves.
        return XMLOutputFactory.newDefaultFactory();
    }
}
