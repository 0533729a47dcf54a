package io.jmcp.netconf.config;

import io.jmcp.netconf.internal.SecureXml;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Junos XML configuration in and out. Reading is namespace-agnostic, finds {@code <configuration>}
 * inside an {@code rpc-reply} or accepts bare statements, drops {@code junos:} attributes, keeps
 * {@code junos:comment} annotations, and refuses DTDs and entities. Writing prints what
 * {@code get-configuration} returns, indented four spaces per level.
 */
final class XmlFormat {

    static final String JUNOS_NAMESPACE = "http://xml.juniper.net/junos/*/junos";
    /** Deeper documents are refused rather than risk the stack (Junos configurations stay far below). */
    static final int MAX_DEPTH = 256;

    private static final String WRAPPER = "jmcp-payload";
    private static final String NETCONF_BASE_NAMESPACE = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final Map<String, Integer> OPERATIONS = Map.of(
            "inactive", Node.INACTIVE,
            "active", Node.ACTIVATE,
            "protect", Node.PROTECT,
            "unprotect", Node.UNPROTECT,
            "replace", Node.REPLACE,
            "delete", Node.DELETE);

    private XmlFormat() {
    }

    /** The {@code <configuration>} of a payload (an empty one for a reply without configuration). */
    static Element read(String payload) {
        Element document = parse(payload);
        Element configuration = document.findConfiguration();
        if (configuration != null) {
            return configuration;
        }
        Element bare = new Element("configuration", 1);
        boolean reply = document.children.stream().anyMatch(child -> child.name.equals("rpc-reply"));
        if (!reply) {
            bare.children.addAll(document.children);
        }
        return bare;
    }

    static String write(Element configuration) {
        StringBuilder xml = new StringBuilder("<configuration");
        if (hasAnnotation(configuration)) {
            xml.append(" xmlns:junos=\"").append(JUNOS_NAMESPACE).append('"');
        }
        if (configuration.children.isEmpty()) {
            return xml.append("/>\n").toString();
        }
        xml.append(">\n");
        for (Element child : configuration.children) {
            write(child, 1, xml);
        }
        return xml.append("</configuration>\n").toString();
    }

    /** The elements of a filter, without whitespace: {@code <interfaces><interface><name>x</name></interface></interfaces>}. */
    static String writeCompact(Element element) {
        StringBuilder xml = new StringBuilder();
        writeCompact(element, xml);
        return xml.toString();
    }

    private static void writeCompact(Element element, StringBuilder xml) {
        xml.append('<').append(element.name);
        if (element.children.isEmpty() && element.text == null) {
            xml.append("/>");
            return;
        }
        xml.append('>');
        if (element.text != null) {
            escape(element.text, xml);
        }
        for (Element child : element.children) {
            writeCompact(child, xml);
        }
        xml.append("</").append(element.name).append('>');
    }

    private static void write(Element element, int depth, StringBuilder xml) {
        String indent = TextRenderer.INDENT.repeat(depth);
        if (isWrappedValue(element)) {
            xml.append(indent);
            writeCompact(element, xml);
            xml.append('\n');
            return;
        }
        if (element.annotation != null) {
            xml.append(indent).append("<junos:comment>");
            escape("/* " + element.annotation + " */", xml);
            xml.append("</junos:comment>\n");
        }
        xml.append(indent).append('<').append(element.name);
        attributes(element.flags, xml);
        if (element.children.isEmpty()) {
            if (element.text == null) {
                xml.append("/>\n");
            } else {
                xml.append('>');
                escape(element.text, xml);
                xml.append("</").append(element.name).append(">\n");
            }
            return;
        }
        xml.append(">\n");
        for (Element child : element.children) {
            write(child, depth + 1, xml);
        }
        xml.append(indent).append("</").append(element.name).append(">\n");
    }

    /**
     * An {@code <undocumented>} wrapper around one plain value, which Junos writes on one line:
     * {@code <undocumented><shell>csh</shell></undocumented>} (../shared/junos-replies/factory/
     * get-configuration-user.xml, core/get-configuration.xml).
     */
    private static boolean isWrappedValue(Element element) {
        if (!element.name.equals(ElementMapper.UNDOCUMENTED) || element.children.size() != 1) {
            return false;
        }
        Element value = element.children.get(0);
        return value.children.isEmpty() && value.flags == 0 && value.annotation == null;
    }

    private static void attributes(int flags, StringBuilder xml) {
        if ((flags & Node.INACTIVE) != 0) {
            xml.append(" inactive=\"inactive\"");
        }
        if ((flags & Node.PROTECT) != 0) {
            xml.append(" protect=\"protect\"");
        }
    }

    private static boolean hasAnnotation(Element element) {
        if (element.annotation != null) {
            return true;
        }
        return element.children.stream().anyMatch(XmlFormat::hasAnnotation);
    }

    static void escape(String text, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> xml.append(c);
            }
        }
    }

    /**
     * Parses the payload inside a wrapper element, so that several top-level statements are fine
     * and an undeclared {@code junos:} prefix (a configuration cut out of a reply) still reads.
     */
    private static Element parse(String payload) {
        String body = withoutDeclaration(payload);
        XMLStreamReader reader = null;
        try {
            String wrapped = "<" + WRAPPER + " xmlns:junos=\"" + JUNOS_NAMESPACE + "\">" + body + "</" + WRAPPER + ">";
            reader = SecureXml.reader(new StringReader(wrapped));
            return readDocument(reader);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ConfigSyntaxException(line, "XML syntax error: " + describe(e), null);
        } finally {
            close(reader);
        }
    }

    /** Drops a BOM and the XML declaration (which cannot sit inside the wrapper), keeping line numbers. */
    private static String withoutDeclaration(String payload) {
        String body = payload.startsWith("\uFEFF") ? payload.substring(1) : payload;
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        if (!body.startsWith("<?xml", start)) {
            return body;
        }
        int end = body.indexOf("?>", start);
        if (end < 0) {
            throw new ConfigSyntaxException(1, "XML syntax error: unterminated XML declaration", "<?xml");
        }
        String declaration = body.substring(start, end + 2);
        return body.substring(0, start) + declaration.replaceAll("[^\n]", "") + body.substring(end + 2);
    }

    private static Element readDocument(XMLStreamReader reader) throws XMLStreamException {
        DocumentBuilder builder = new DocumentBuilder();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> builder.start(reader);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        builder.text(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> builder.end();
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new ConfigSyntaxException(
                        reader.getLocation().getLineNumber(), "XML syntax error: DTDs and entities are not accepted", null);
                default -> {
                    // comments and processing instructions carry no configuration
                }
            }
        }
        return builder.document;
    }

    /** Builds elements from parser events; a {@code junos:comment} becomes the annotation of the next element. */
    private static final class DocumentBuilder {
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Element document;
        private String annotation;
        private boolean inComment;

        void start(XMLStreamReader reader) {
            text.setLength(0);
            if (isJunosComment(reader)) {
                inComment = true;
                return;
            }
            Element element = new Element(reader.getLocalName(), reader.getLocation().getLineNumber());
            element.flags = operations(reader);
            element.annotation = annotation;
            annotation = null;
            if (open.isEmpty()) {
                document = element;
            } else {
                open.peek().add(element);
            }
            open.push(element);
            if (open.size() > MAX_DEPTH) {
                throw new ConfigSyntaxException(element.line,
                        "XML syntax error: elements nested deeper than " + MAX_DEPTH + " levels", element.name);
            }
        }

        void text(String characters) {
            text.append(characters);
        }

        void end() {
            if (inComment) {
                inComment = false;
                annotation = Annotations.read(text.toString(), open.isEmpty() ? 0 : open.peek().line);
            } else {
                Element closed = open.pop();
                if (closed.children.isEmpty() && !text.toString().isBlank()) {
                    closed.text = Values.singleLine(valueOf(text.toString()), closed.line, closed.name);
                }
            }
            text.setLength(0);
        }
    }

    /** A value as written, unless it was laid out over lines by a pretty-printer. */
    private static String valueOf(String text) {
        return text.indexOf('\n') >= 0 ? text.strip() : text;
    }

    private static boolean isJunosComment(XMLStreamReader reader) {
        if (!reader.getLocalName().equals("comment")) {
            return false;
        }
        String namespace = reader.getNamespaceURI();
        String prefix = reader.getPrefix();
        return "junos".equals(prefix) || (namespace != null && namespace.contains("xml.juniper.net/junos"));
    }



    /** Junos's load operations and state from attributes ({@code inactive="inactive"}, {@code operation="delete"}). */
    private static int operations(XMLStreamReader reader) {
        int flags = 0;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            if (isForeignAttribute(reader, i)) {
                continue;
            }
            if (name.equals("operation")) {
                name = value;
            }
            Integer flag = OPERATIONS.get(name);
            if (flag != null && (value.equals(name) || value.equals("true"))) {
                flags |= flag;
            }
        }
        return flags;
    }

    /**
     * A prefixed attribute other than NETCONF's {@code operation} ({@code junos:changed-seconds}).
     * {@code nc:operation="delete"} is RFC 6241's own spelling and must delete like the bare one.
     */
    private static boolean isForeignAttribute(XMLStreamReader reader, int index) {
        String prefix = reader.getAttributePrefix(index);
        if (prefix == null || prefix.isEmpty()) {
            return false;
        }
        String namespace = reader.getAttributeNamespace(index);
        boolean netconf = namespace == null || namespace.isEmpty() || namespace.equals(NETCONF_BASE_NAMESPACE);
        return !(netconf && reader.getAttributeLocalName(index).equals("operation"));
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing is held open beyond the string being read
        }
    }
}
