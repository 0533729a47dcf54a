package io.jmcp.netconf.config;

/** What a schema statement is, as the YANG says. */
public enum StatementKind {
    /** A hierarchy level ({@code system}). */
    CONTAINER,
    /** A hierarchy level that means something when empty ({@code ssh;}). */
    PRESENCE_CONTAINER,
    /** Entries identified by their keys ({@code interface ge-0/0/0}). */
    LIST,
    /** One value, or none for a flag ({@code host-name r1;}, {@code disable;}). */
    LEAF,
    /** Several values ({@code members [ a b ];}). */
    LEAF_LIST;

    static StatementKind ofCode(char code) {
        return switch (code) {
            case 'c' -> CONTAINER;
            case 'p' -> PRESENCE_CONTAINER;
            case 'l' -> LIST;
            case 'f' -> LEAF;
            case 'm' -> LEAF_LIST;
            default -> throw new IllegalStateException("unknown statement kind code " + code);
        };
    }
}
