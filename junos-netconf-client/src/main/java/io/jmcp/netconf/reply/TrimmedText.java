package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Trims every bound text value: Junos pretty-prints its replies, so {@code <error-message>} and
 * friends arrive wrapped in newlines and indentation that mean nothing.
 */
final class TrimmedText extends XmlAdapter<String, String> {
    @Override
    public String unmarshal(String text) {
        return text == null ? null : text.strip();
    }

    @Override
    public String marshal(String text) {
        return text;
    }
}
