package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
 * {@code execute_junos_command}: runs one operational command on one router and returns its
 * output, as the seed project did, plus a choice of output format. Every command passes
 * {@code block.cmd} first; callers limited to reading may only run commands that display state.
 */
public final class ExecuteJunosCommand implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName,
            @JsonProperty(required = true) @JsonPropertyDescription("The command to execute on the router") String command,
            @JsonProperty(defaultValue = "text") @JsonPropertyDescription("Output format") OutputFormat format) {
    }

    static final String NAME = "execute_junos_command";

    private static final ToolDefinition DEFINITION = ToolDefinition.builder(NAME)
            .title("Execute a Junos command")
            .description("Execute a Junos operational command (e.g. 'show interfaces terse') on a router and "
                    + "return its output: text by default, or the device's xml or json rendering. Commands "
                    + "blocked by the server's block.cmd guardrails are refused.")
            .inputSchema(Arguments.class, OutputArguments.schemaProperties(true)
                    + TimeoutArgument.schemaProperty("Command timeout in seconds"))
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Arguments input = ToolInput.read(Arguments.class, arguments);
        Duration timeout = context.rpcTimeout(ToolArguments.of(arguments));
        CommandChecks.require(context, "command", input.command());
        return ToolResult.text(context.onDevice(input.routerName(), Purpose.READ, timeout,
                device -> device.command(input.command(), input.format())));
    }
}
