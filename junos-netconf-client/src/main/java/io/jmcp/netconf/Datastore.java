package io.jmcp.netconf;

/** The NETCONF configuration datastores (RFC 6241 section 5.1), for the standard operations. */
public enum Datastore {
    RUNNING, CANDIDATE, STARTUP;

    /** The element naming the datastore, e.g. {@code candidate}. */
    public String elementName() {
        return name().toLowerCase();
    }
}
