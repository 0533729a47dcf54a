package io.jmcp.netconf.internal;

/**
 * The one place where strings from users become XML character data. Everything a caller types
 * (a CLI command, a comment, a configuration payload in text form) passes through here, so that
 * {@code show version</command><request-reboot/>} reaches the device as text, never as markup.
 */
public final class XmlEscaper {

    private XmlEscaper() {
    }

    /**
     * Escapes {@code text} for use as element content. {@code >} is escaped too, so the result can
     * never contain {@code ]]>} (which would also be the start of the end-of-message delimiter).
     *
     * @throws IllegalArgumentException when {@code text} holds a character XML 1.0 cannot carry
     */
    public static String escapeText(String text) {
        return escape(text, false);
    }

    /**
     * Escapes {@code value} for use inside a double- or single-quoted attribute. Tabs and line breaks
     * become character references, because a parser would otherwise normalise them to spaces.
     *
     * @throws IllegalArgumentException when {@code value} holds a character XML 1.0 cannot carry
     */
    public static String escapeAttribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = replacement(c, attribute);
            if (replacement == null && !isXmlChar(value, i)) {
                throw new IllegalArgumentException(String.format(
                        "character U+%04X at position %d cannot be sent in XML", (int) c, i));
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    private static String replacement(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\'' -> attribute ? "&apos;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            // A parser turns a literal CR into LF even in content; keep it as the caller wrote it.
            case '\r' -> "&#13;";
            default -> null;
        };
    }

    /** XML 1.0 "Char": tab, LF, CR, and the planes without controls, lone surrogates, U+FFFE and U+FFFF. */
    private static boolean isXmlChar(String value, int index) {
        char c = value.charAt(index);
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < value.length() && Character.isLowSurrogate(value.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index > 0 && Character.isHighSurrogate(value.charAt(index - 1));
        }
        return true;
    }
}
