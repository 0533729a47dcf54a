package io.jmcp.netconf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A request element under construction. Names are checked, attribute values and text are escaped
 * by {@link XmlEscaper}; the only unescaped content is {@link #rawXml(String)}, which callers use
 * for XML documents that the session checks for well-formedness before sending.
 */
public final class XmlElement {
    /** Element and attribute names as Junos and NETCONF use them (no namespace prefixes). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> content = new ArrayList<>();

    private XmlElement(String name) {
        this.name = requireName(name);
    }

    public static XmlElement of(String name) {
        return new XmlElement(name);
    }

    /** Whether {@code name} may be used as an element name here. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public XmlElement attribute(String attributeName, String value) {
        attributes.put(requireName(attributeName), XmlEscaper.escapeAttribute(value));
        return this;
    }

    public XmlElement text(String text) {
        content.add(XmlEscaper.escapeText(text));
        return this;
    }

    public XmlElement child(XmlElement child) {
        content.add(child.toXml());
        return this;
    }

    /** Adds an empty child element, e.g. {@code <check/>}. */
    public XmlElement child(String childName) {
        return child(of(childName));
    }

    /** Adds a child element holding only {@code text}, e.g. {@code <log>comment</log>}. */
    public XmlElement child(String childName, String text) {
        return child(of(childName).text(text));
    }

    /** Adds XML supplied by the caller as is; the session rejects the request if it is not well-formed. */
    public XmlElement rawXml(String xml) {
        content.add(xml);
        return this;
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder("<").append(name);
        attributes.forEach((key, value) -> xml.append(' ').append(key).append("=\"").append(value).append('"'));
        if (content.isEmpty()) {
            return xml.append("/>").toString();
        }
        xml.append('>');
        content.forEach(xml::append);
        return xml.append("</").append(name).append('>').toString();
    }

    @Override
    public String toString() {
        return toXml();
    }

    private static String requireName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid XML element or attribute name");
        }
        return name;
    }
}
