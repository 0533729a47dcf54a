package io.jmcp.netconf.command;

import io.jmcp.netconf.internal.XmlEscaper;

import java.util.List;

/**
 * One child element of a resolved RPC.
 *
 * @param element  its name
 * @param text     its text, or null for an empty element ({@code <terse/>})
 * @param children its own children (the arguments of a group)
 */
public record RpcArgument(String element, String text, List<RpcArgument> children) {

    public RpcArgument {
        children = List.copyOf(children);
    }

    static RpcArgument flag(String element) {
        return new RpcArgument(element, null, List.of());
    }

    static RpcArgument value(String element, String text) {
        return new RpcArgument(element, text, List.of());
    }

    void appendXml(StringBuilder out) {
        if (text == null && children.isEmpty()) {
            out.append('<').append(element).append("/>");
            return;
        }
        out.append('<').append(element).append('>');
        if (text != null) {
            out.append(XmlEscaper.escapeText(text));
        }
        children.forEach(child -> child.appendXml(out));
        out.append("</").append(element).append('>');
    }
}
