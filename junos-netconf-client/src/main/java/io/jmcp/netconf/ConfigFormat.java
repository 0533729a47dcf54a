package io.jmcp.netconf;

/** The formats Junos reads and writes configuration in. */
public enum ConfigFormat {
    /** Curly-brace text, as {@code show configuration}. */
    TEXT,
    /** {@code set}/{@code delete} lines, as {@code show configuration | display set}. */
    SET,
    XML,
    JSON;

    /** The value of the Junos {@code format} attribute ("set" is written "set" on load, "text" on get). */
    public String attributeValue() {
        return name().toLowerCase();
    }
}
