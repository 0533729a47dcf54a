package io.jmcp.server.http;

import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.util.Map;

/** Test tool: declared as changing state, so only config-scoped callers may see and call it. */
public final class ChangeProbeTool implements ToolHandler {
    static final String NAME = "change_probe";

    @Override
    public ToolDefinition definition() {
        return ToolDefinition.builder(NAME)
                .description("Pretends to change something (test tool)")
                .inputSchema("{\"type\": \"object\"}")
                .annotations(ToolAnnotations.mutatingTool(false, true).localOnly())
                .build();
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        return ToolResult.text("changed by " + context.caller().id());
    }
}
