package io.jmcp.core.spi;

/**
 * Hints about a tool's behaviour, as MCP defines them. jmcp also acts on {@link #readOnly()}:
 * read-only mode and read-scoped callers only see tools that are read-only.
 *
 * @param readOnly    the tool does not change any device or server state
 * @param destructive a mutating tool may remove or overwrite state (meaningless when read-only)
 * @param idempotent  calling it again with the same arguments has no further effect
 * @param openWorld   the tool reaches outside the server (a device), rather than local state only
 */
public record ToolAnnotations(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {

    /** A tool that only reads from devices. */
    public static ToolAnnotations readOnlyTool() {
        return new ToolAnnotations(true, false, true, true);
    }

    /** A tool that changes device or server state. */
    public static ToolAnnotations mutatingTool(boolean destructive, boolean idempotent) {
        return new ToolAnnotations(false, destructive, idempotent, true);
    }

    /** The same hints for a tool that works on the server's own state only (no device). */
    public ToolAnnotations localOnly() {
        return new ToolAnnotations(readOnly, destructive, idempotent, false);
    }
}
