package io.jmcp.netconf.config;

/** Checks on statement values read from XML and JSON, which text and set lines must be able to carry. */
final class Values {

    private Values() {
    }

    /**
     * The value itself when it holds no line break. A line break could not be written as a set
     * line, and would let one value pass for two commands where guardrails read set lines.
     */
    static String singleLine(String value, int line, String statement) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new ConfigSyntaxException(line, "syntax error, line break in the value of " + statement, statement);
        }
        return value;
    }
}
