package io.jmcp.netconf.config;

/**
 * A statement Junos would refuse: where ({@code [edit interfaces ge-0/0/1]}), the word Junos
 * names as bad, and Junos's message ({@code syntax error}, or the YANG's pattern-message).
 */
public record SchemaViolation(String path, String badElement, String message) {

    /** Junos's message for a statement its schema does not have. */
    public static final String SYNTAX_ERROR = "syntax error";

    public boolean isSyntaxError() {
        return SYNTAX_ERROR.equals(message);
    }
}
