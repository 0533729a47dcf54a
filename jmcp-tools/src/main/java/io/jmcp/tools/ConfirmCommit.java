package io.jmcp.tools;

import io.jmcp.core.pool.Purpose;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.time.Duration;
import java.util.Map;

/**
 * {@code confirm_commit}: confirms a pending {@code commit confirmed}, so that the router keeps the
 * configuration instead of rolling back. The commit is made under the exclusive lock, which Junos
 * refuses while the candidate holds anyone's uncommitted changes: confirming never commits them.
 */
public final class ConfirmCommit implements ToolHandler {
    private static final ToolDefinition DEFINITION = ToolDefinition.builder("confirm_commit")
            .title("Confirm a commit confirmed")
            .description("Confirm a pending commit confirmed on a router (made with load_and_commit_config, "
                    + "rollback_config or render_and_apply_j2_template and confirmed_minutes), so that the router "
                    + "keeps the new configuration instead of rolling back. Refused while someone else holds the "
                    + "configuration lock or has uncommitted changes.")
            .inputSchema("""
                    {
                      "type": "object",
                      "properties": {
                        "router_name": {"type": "string", "description": "The name of the router (see get_router_list)"},
                    """ + TimeoutArgument.schemaProperty("Timeout in seconds") + """
                      },
                      "required": ["router_name"]
                    }
                    """)
            .annotations(ToolAnnotations.mutatingTool(false, true))
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        ToolArguments args = ToolArguments.of(arguments);
        String router = args.requiredString("router_name");
        Duration timeout = context.rpcTimeout(args);
        try {
            context.onDevice(router, Purpose.WRITE, timeout, device -> ExclusiveCandidate.edit(device, locked -> {
                locked.confirmCommit();
                return null;
            }));
        } catch (DeviceException failure) {
            throw new ToolException(failure.getMessage() + "\nThe commit may not be confirmed: unless it is, a "
                    + "pending commit confirmed rolls back when its time is up. Try confirm_commit again.", failure);
        }
        return ToolResult.text("Commit confirmed on " + router + ": the router keeps its active configuration "
                + "and any pending automatic rollback is cancelled.");
    }
}
