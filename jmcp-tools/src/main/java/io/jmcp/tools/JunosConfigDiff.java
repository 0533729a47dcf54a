package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.spi.Bounds;
import io.jmcp.core.output.OutputArguments;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolInput;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.OutputFormat;

import java.time.Duration;
import java.util.Map;

/**
 * {@code junos_config_diff}: what changed in the active configuration since rollback version N
 * ({@code show configuration | compare rollback N}, as the seed ran it).
 */
public final class JunosConfigDiff implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName,
            @JsonProperty(defaultValue = "1") @Bounds(minimum = 1, maximum = MAX_ROLLBACK)
            @JsonPropertyDescription("Rollback version to compare against (1-49)") Integer version) {
    }

    static final int MAX_ROLLBACK = 49;

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("junos_config_diff")
            .title("Compare with a rollback version")
            .description("Get the configuration diff of the router's active configuration against a rollback "
                    + "version (1 = before the last commit), in Junos 'show | compare' form.")
            .inputSchema(Arguments.class, OutputArguments.schemaProperties(true)
                    + TimeoutArgument.schemaProperty("Timeout in seconds"))
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Arguments input = ToolInput.read(Arguments.class, arguments);
        String router = input.routerName();
        int version = input.version();
        Duration timeout = context.rpcTimeout(ToolArguments.of(arguments));
        String diff = context.onDevice(router, Purpose.READ, timeout,
                device -> device.command("show configuration | compare rollback " + version, OutputFormat.TEXT));
        if (diff.isBlank()) {
            return ToolResult.text("No differences between the active configuration of router '" + router
                    + "' and rollback " + version + ".");
        }
        return ToolResult.text(diff.strip() + "\n");
    }
}
