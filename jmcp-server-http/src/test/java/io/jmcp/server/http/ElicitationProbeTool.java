package io.jmcp.server.http;

import io.jmcp.core.spi.ElicitationResult;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.util.Map;

/** Test tool: asks the user one question through an elicitation form and answers with what they said. */
public final class ElicitationProbeTool implements ToolHandler {
    static final String NAME = "elicitation_probe";

    @Override
    public ToolDefinition definition() {
        return ToolDefinition.builder(NAME)
                .description("Asks the user for a colour (test tool)")
                .inputSchema("{\"type\": \"object\"}")
                .annotations(ToolAnnotations.readOnlyTool().localOnly())
                .build();
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        ElicitationResult answer = context.elicitation().request("Which colour?",
                "{\"type\": \"object\", \"properties\": {\"colour\": {\"type\": \"string\"}}, \"required\": [\"colour\"]}");
        return ToolResult.text(answer.accepted() ? "colour: " + answer.values().get("colour")
                : "answer: " + answer.action().name().toLowerCase());
    }
}
