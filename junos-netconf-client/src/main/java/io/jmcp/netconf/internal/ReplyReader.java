package io.jmcp.netconf.internal;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streaming reads of a NETCONF reply: its root (for message-id correlation), and its body (what
 * the {@code <rpc-reply>} holds besides {@code <rpc-error>}) as XML or as text. Nothing is held
 * twice: the reply's bytes are parsed as they are read.
 */
public final class ReplyReader {
    private static final String RPC_ERROR = "rpc-error";

    private ReplyReader() {
    }

    /**
     * The root element of a message.
     *
     * @param localName its local name, e.g. {@code rpc-reply}
     * @param messageId its {@code message-id} attribute, or null
     */
    public record Root(String localName, String messageId) {
    }

    /** Reads only as far as the root element's start tag. */
    public static Root root(InputStream message) throws XMLStreamException {
        XMLStreamReader xml = SecureXml.reader(message);
        try {
            xml.nextTag();
            return new Root(xml.getLocalName(), xml.getAttributeValue(null, "message-id"));
        } finally {
            xml.close();
        }
    }

    /**
     * The elements inside the root, without {@code <rpc-error>} elements, as an XML fragment (one
     * top-level element per line). Elements in the NETCONF base namespace, which they inherit from
     * {@code <rpc-reply>}, lose it; the namespaces the root declares (such as {@code junos:}) are
     * declared again on each top-level element, so each stands on its own.
     */
    public static String bodyXml(InputStream message) throws XMLStreamException {
        return bodyXml(message, Set.of());
    }

    /** As {@link #bodyXml(InputStream)}, leaving out the top-level elements named in {@code omitted}. */
    public static String bodyXml(InputStream message, Set<String> omitted) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamReader xml = SecureXml.reader(message);
        XMLStreamWriter writer = SecureXml.writer(out);
        try {
            xml.nextTag();
            Map<String, String> rootNamespaces = declaredNamespaces(xml);
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && (RPC_ERROR.equals(xml.getLocalName())
                        || depth == 1 && omitted.contains(xml.getLocalName()))) {
                    skipElement(xml);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    copyStartElement(xml, writer, depth == 2 ? rootNamespaces : Map.of());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth > 0) {
                        writer.writeEndElement();
                    }
                    if (depth == 1) {
                        writer.writeCharacters("\n");
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depth > 1) {
                    writer.writeCharacters(xml.getText());
                }
            }
            writer.flush();
        } finally {
            xml.close();
            writer.close();
        }
        return out.toString().strip();
    }

    /**
     * The character data inside the root, without {@code <rpc-error>} elements, leading line
     * breaks or trailing blanks.
     */
    public static String bodyText(InputStream message) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        XMLStreamReader xml = SecureXml.reader(message);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && RPC_ERROR.equals(xml.getLocalName())) {
                    skipElement(xml);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                }
            }
        } finally {
            xml.close();
        }
        return trimLineBreaks(text);
    }

    /** Drops leading CR/LF and all trailing whitespace; leading spaces belong to the first line's layout. */
    public static String trimLineBreaks(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    /** The namespaces the current element declares, prefix to URI ("" for the default), bar the NETCONF default. */
    private static Map<String, String> declaredNamespaces(XMLStreamReader xml) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i);
            String uri = xml.getNamespaceURI(i) == null ? "" : xml.getNamespaceURI(i);
            if (!(prefix.isEmpty() && Hello.NETCONF_NAMESPACE.equals(uri))) {
                namespaces.put(prefix, uri);
            }
        }
        return namespaces;
    }

    private static void copyStartElement(XMLStreamReader xml, XMLStreamWriter writer, Map<String, String> inherited)
            throws XMLStreamException {
        String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
        String uri = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        if (prefix.isEmpty() && Hello.NETCONF_NAMESPACE.equals(uri)) {
            writer.writeStartElement(xml.getLocalName());
        } else {
            writer.writeStartElement(prefix, xml.getLocalName(), uri);
        }
        Map<String, String> namespaces = new LinkedHashMap<>(inherited);
        namespaces.putAll(declaredNamespaces(xml));
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            if (namespace.getKey().isEmpty()) {
                writer.writeDefaultNamespace(namespace.getValue());
            } else {
                writer.writeNamespace(namespace.getKey(), namespace.getValue());
            }
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attributePrefix = xml.getAttributePrefix(i);
            if (attributePrefix == null || attributePrefix.isEmpty()) {
                writer.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            } else {
                writer.writeAttribute(attributePrefix, xml.getAttributeNamespace(i), xml.getAttributeLocalName(i),
                        xml.getAttributeValue(i));
            }
        }
    }

    /** Moves past the end of the element whose start tag the reader is on. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
