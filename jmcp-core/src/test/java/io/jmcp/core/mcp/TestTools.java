package io.jmcp.core.mcp;

import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.util.Map;
import java.util.function.BiFunction;

/** Tools made from a lambda, for tests of the MCP adapter. */
final class TestTools {
    private static final String NO_ARGUMENTS = "{\"type\": \"object\", \"properties\": {}}";

    private TestTools() {
    }

    static ToolHandler readOnly(String name, BiFunction<ToolContext, Map<String, Object>, ToolResult> behaviour) {
        return tool(name, ToolAnnotations.readOnlyTool(), behaviour);
    }

    static ToolHandler mutating(String name, BiFunction<ToolContext, Map<String, Object>, ToolResult> behaviour) {
        return tool(name, ToolAnnotations.mutatingTool(false, false), behaviour);
    }

    private static ToolHandler tool(String name, ToolAnnotations annotations,
            BiFunction<ToolContext, Map<String, Object>, ToolResult> behaviour) {
        ToolDefinition definition = ToolDefinition.builder(name).title("The " + name + " tool")
                .description("Test tool " + name).inputSchema(NO_ARGUMENTS).annotations(annotations).build();
        return new ToolHandler() {
            @Override
            public ToolDefinition definition() {
                return definition;
            }

            @Override
            public ToolResult call(ToolContext context, Map<String, Object> arguments) {
                return behaviour.apply(context, arguments);
            }
        };
    }
}
