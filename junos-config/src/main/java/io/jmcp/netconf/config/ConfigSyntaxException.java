package io.jmcp.netconf.config;

import io.jmcp.netconf.error.NetconfException;

/**
 * A configuration payload (text, set lines, XML or JSON) or a statement path could not be read.
 * Says where (line, when known) and what, in Junos's words where Junos has some, e.g.
 * {@code line 4: syntax error, expecting <statement> or <identifier> (at '}')}.
 */
public class ConfigSyntaxException extends NetconfException {
    private final int line;
    private final String detail;
    private final String badElement;

    /**
     * @param line       1-based line of the payload, or 0 when not tied to a line
     * @param detail     what was wrong, e.g. {@code syntax error, expecting ';' or '{'}
     * @param badElement the offending word or element, or null
     */
    public ConfigSyntaxException(int line, String detail, String badElement) {
        super(describe(line, detail, badElement));
        this.line = line;
        this.detail = detail;
        this.badElement = badElement;
    }

    /** The 1-based line of the payload where the problem is, or 0 when not tied to a line. */
    public int line() {
        return line;
    }

    /** What was wrong, without position (the text Junos would put in error-message). */
    public String detail() {
        return detail;
    }

    /** The offending word or element (what Junos puts in bad-element), or null. */
    public String badElement() {
        return badElement;
    }

    private static String describe(int line, String detail, String badElement) {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        text.append(detail);
        if (badElement != null) {
            text.append(" (at '").append(badElement).append("')");
        }
        return text.toString();
    }
}
