package io.jmcp.netconf.internal;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX factories hardened against what a hostile or broken peer could send: no DTDs, hence no
 * entity expansion (billion laughs) and no external entities (file or network reads).
 */
public final class SecureXml {
    private static final XMLInputFactory INPUT = newInputFactory();
    private static final XMLOutputFactory OUTPUT = newOutputFactory();

    private SecureXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return INPUT.createXMLStreamReader(in);
    }

    public static XMLStreamReader reader(Reader in) throws XMLStreamException {
        return INPUT.createXMLStreamReader(in);
    }

    public static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out);
    }

    private static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static XMLOutputFactory newOutputFactory() {
        // Not repairing: writers copy the namespace declarations they need themselves.
        return XMLOutputFactory.newDefaultFactory();
    }
}
