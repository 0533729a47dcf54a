package io.jmcp.simulator.internal.netconf;

import io.jmcp.simulator.internal.xml.SafeXml;

import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * The operation element of one {@code <rpc>} (e.g. {@code <get-interface-information>}), read by
 * local name so that requests with or without namespaces are treated alike.
 */
public final class RpcRequest {
    private final Element operation;
    private final String format;

    private RpcRequest(Element operation, String format) {
        this.operation = operation;
        this.format = format;
    }

    public static RpcRequest of(Element operation) {
        String format = operation.getAttribute("format");
        return new RpcRequest(operation, format.isEmpty() ? "xml" : format.toLowerCase(Locale.ROOT));
    }

    /** The same operation, answered in another format (CLI pipes such as {@code | display json}). */
    public RpcRequest withFormat(String newFormat) {
        return new RpcRequest(operation, newFormat);
    }

    public String name() {
        return SafeXml.localNameOf(operation);
    }

    public Element element() {
        return operation;
    }

    /** {@code xml} unless the request asked for {@code text}, {@code ascii} or {@code json}. */
    public String format() {
        return format;
    }

    public Optional<String> attribute(String name) {
        String value = operation.getAttribute(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public boolean has(String childName) {
        return child(childName).isPresent();
    }

    public Optional<Element> child(String childName) {
        return SafeXml.child(operation, childName);
    }

    /** The trimmed text of a child element, when present and not blank. */
    public Optional<String> text(String childName) {
        return child(childName).map(Element::getTextContent).map(String::strip).filter(text -> !text.isEmpty());
    }
}
