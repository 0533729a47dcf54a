package io.jmcp.tools;

import io.jmcp.core.output.OutputArguments;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
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
    static final String NAME = "execute_junos_command";

    private static final ToolDefinition DEFINITION = ToolDefinition.builder(NAME)
            .title("Execute a Junos command")
            .description("Execute a Junos operational command (e.g. 'show interfaces terse') on a router and "
                    + "return its output: text by default, or the device's xml or json rendering. Commands "
                    + "blocked by the server's block.cmd guardrails are refused.")
            .inputSchema("""
                    {
                      "type": "object",
                      "properties": {
                        "router_name": {"type": "string", "description": "The name of the router (see get_router_list)"},
                        "command": {"type": "string", "description": "The command to execute on the router"},
                    """ + OutputArguments.schemaProperties(true)
                    + TimeoutArgument.schemaProperty("Command timeout in seconds") + """
                        ,
                        "format": {"type": "string", "enum": ["text", "xml", "json"], "default": "text",
                                   "description": "Output format"}
                      },
                      "required": ["router_name", "command"]
                    }
                    """)
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        ToolArguments args = ToolArguments.of(arguments);
        String router = args.requiredString("router_name");
        String command = args.requiredString("command");
        OutputFormat format = args.optionalChoice("format", OutputFormat.class, OutputFormat.TEXT);
        Duration timeout = context.rpcTimeout(args);
        CommandChecks.require(context, "command", command);
        return ToolResult.text(context.onDevice(router, Purpose.READ, timeout,
                device -> device.command(command, format)));
    }
}
