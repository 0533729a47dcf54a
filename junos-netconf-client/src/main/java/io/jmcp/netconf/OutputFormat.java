package io.jmcp.netconf;

/** The format a Junos operational command answers in. */
public enum OutputFormat {
    TEXT, XML, JSON;

    /** The value of the Junos {@code format} attribute. */
    public String attributeValue() {
        return name().toLowerCase();
    }
}
