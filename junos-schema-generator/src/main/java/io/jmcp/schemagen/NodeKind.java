package io.jmcp.schemagen;

/** The schema statement kinds the CLI distinguishes; the codes are the resource's. */
enum NodeKind {
    CONTAINER("c"),
    PRESENCE_CONTAINER("p"),
    LIST("l"),
    LEAF("f"),
    LEAF_LIST("m");

    final String code;

    NodeKind(String code) {
        this.code = code;
    }
}
