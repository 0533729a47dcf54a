package io.jmcp.netconf.internal;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;

/**
 * The library's one source of XML parsers and writers, hardened against what a hostile or broken
 * peer could send: DTDs are not processed, hence no entity expansion (billion laughs) and no
 * external entities (file or network reads). Two reader flavours: coalescing, for messages read
 * as a whole (hello, requests, a command's text), and streaming, for replies of any size that are
 * walked once (a huge text node arrives in pieces instead of in one string).
 */
public final class SecureXml {
    private static final XMLInputFactory INPUT = newInputFactory(true);
    private static final XMLInputFactory STREAMING_INPUT = newInputFactory(false);
    private static final XMLOutputFactory OUTPUT = newOutputFactory();

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

    /** An empty DOM document to build into; DOM is only ever built from a {@link #reader}, never parsed. */
    public static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM builder refuses secure processing", e);
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

    private static XMLOutputFactory newOutputFactory() {
        // Not repairing: writers copy the namespace declarations they need themselves.
        return XMLOutputFactory.newDefaultFactory();
    }
}
