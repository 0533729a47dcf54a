package io.jmcp.simulator.internal.xml;

import io.jmcp.netconf.internal.SecureXml;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a reply fragment the way Junos lays it out: one element per line, text escaped by the
 * JDK's StAX writer. Prefixed attribute names ({@code junos:style}) are written as given; the
 * enclosing {@code rpc-reply} declares the prefix.
 */
public final class XmlWriter {
    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    private final Deque<String> open = new ArrayDeque<>();
    /** For each open element: whether it has child elements, whose end tag then goes on its own line. */
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    private boolean started;

    public XmlWriter() {
        try {
            xml = SecureXml.writer(buffer);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no StAX writer available", e);
        }
    }

    public XmlWriter start(String name) {
        return call(() -> {
            newline();
            xml.writeStartElement(name);
            open.push(name);
            hasChildren.push(false);
        });
    }

    /** Starts an element declaring {@code namespace} as its default namespace, as Junos does for RPC results. */
    public XmlWriter start(String name, String namespace) {
        start(name);
        return call(() -> xml.writeDefaultNamespace(namespace));
    }

    public XmlWriter attribute(String name, String value) {
        return call(() -> xml.writeAttribute(name, value));
    }

    public XmlWriter end() {
        return call(() -> {
            open.pop();
            if (hasChildren.pop()) {
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
        });
    }

    /** An element holding only text. */
    public XmlWriter leaf(String name, Object value) {
        return call(() -> {
            newline();
            xml.writeStartElement(name);
            xml.writeCharacters(String.valueOf(value));
            xml.writeEndElement();
        });
    }

    /** An element holding text and one attribute, e.g. {@code <up-time junos:seconds="42">42 seconds</up-time>}. */
    public XmlWriter leaf(String name, Object value, String attribute, Object attributeValue) {
        return call(() -> {
            newline();
            xml.writeStartElement(name);
            xml.writeAttribute(attribute, String.valueOf(attributeValue));
            xml.writeCharacters(String.valueOf(value));
            xml.writeEndElement();
        });
    }

    public XmlWriter empty(String name) {
        return call(() -> {
            newline();
            xml.writeEmptyElement(name);
        });
    }

    /** Escaped character data inside the current element. */
    public XmlWriter text(String text) {
        return call(() -> xml.writeCharacters(text));
    }

    /** A fragment that is already well-formed XML (e.g. a rendered configuration), copied verbatim. */
    public XmlWriter fragment(String wellFormedXml) {
        return call(() -> {
            newline();
            xml.flush();
            buffer.write(wellFormedXml);
        });
    }

    /** The document so far; every started element must have been ended. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        call(xml::flush);
        return buffer.toString();
    }

    /** Starts a child on a new line, noting that the enclosing element has children. */
    private void newline() throws XMLStreamException {
        if (started) {
            xml.writeCharacters("\n");
        }
        started = true;
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
    }

    private XmlWriter call(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalArgumentException("cannot write XML: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }
}
