package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ToolDefinition;

import java.util.Optional;

/**
 * Whether a caller may run a tool, and if not, the exact reason: a server started with
 * {@code --read-only} runs no tool that changes devices whoever calls; a caller without the config
 * scope runs none either. Both tools are hidden from tools/list, but a client that calls one by name
 * must learn why, not that the tool does not exist.
 */
final class ToolAccess {
    private ToolAccess() {
    }

    static Optional<String> refusal(ToolDefinition tool, Caller caller, boolean readOnlyServer) {
        if (caller.mayCall(tool)) {
            return Optional.empty();
        }
        if (readOnlyServer) {
            return Optional.of("Tool '" + tool.name() + "' changes devices, and this jmcp server runs read-only "
                    + "(--read-only): it is not available");
        }
        String scopes = caller.scopes().isEmpty() ? "no scope"
                : "the " + String.join(", ", caller.scopes().stream().map(scope -> scope.name().toLowerCase(
                        java.util.Locale.ROOT)).sorted().toList()) + " scope";
        return Optional.of("Caller '" + caller.id() + "' may not call '" + tool.name() + "': it changes devices and "
                + "needs the config scope; this caller has " + scopes);
    }
}
