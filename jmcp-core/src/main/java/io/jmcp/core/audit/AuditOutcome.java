package io.jmcp.core.audit;

/** How a tool call ended, as the audit log writes it ({@code "ok"}, {@code "error"}, ...). */
public enum AuditOutcome {
    /** The tool did what was asked. */
    OK,
    /** The tool ran and failed: unknown device, connection lost, timeout, rpc-error, ... */
    ERROR,
    /** A guardrail (block.cmd, block.cfg) refused the command or configuration. */
    BLOCKED,
    /** The caller may not use the tool: read-only mode or a token's scope. */
    DENIED;

    public String jsonName() {
        return name().toLowerCase();
    }
}
