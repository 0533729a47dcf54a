package io.jmcp.server.http;

import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.util.Map;

/** Test tool: reports progress three times, so that tests can see notifications travel over HTTP. */
public final class ProgressProbeTool implements ToolHandler {
    static final String NAME = "progress_probe";
    static final int STEPS = 3;

    @Override
    public ToolDefinition definition() {
        return ToolDefinition.builder(NAME)
                .description("Reports progress " + STEPS + " times (test tool)")
                .inputSchema("{\"type\": \"object\"}")
                .annotations(ToolAnnotations.readOnlyTool().localOnly())
                .build();
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        for (int step = 1; step <= STEPS; step++) {
            context.progress(step, STEPS, "step " + step);
        }
        return ToolResult.text("done");
    }
}
