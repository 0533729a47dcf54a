package io.jmcp.netconf;

/** Which configuration to read: the one in effect, or the one being edited. */
public enum ConfigDatabase {
    COMMITTED, CANDIDATE
}
