package io.jmcp.examples.customtool;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
 * {@code show_bgp_neighbors}, the tool the seed project's README adds as its example: the BGP
 * summary of a router, or one neighbor's details when {@code neighbor_address} is given.
 *
 * <p>It shows what every jmcp tool does: an input schema derived from a record of its arguments,
 * arguments read through {@link ToolArguments} (clear errors), input that reaches the CLI validated, the command checked against {@code block.cmd},
 * the device reached through the server's session pool, and a read-only annotation so that it
 * stays available in read-only mode and to read-scoped tokens.
 */
public final class ShowBgpNeighbors implements ToolHandler {
    static final String NAME = "show_bgp_neighbors";

    /**
     * The arguments: the input schema is derived from this record ({@code router_name} and
     * {@code neighbor_address}); the shared {@code timeout} argument is appended to it.
     */
    record Arguments(@JsonProperty(required = true)
            @JsonPropertyDescription("The name of the router (see get_router_list)") String routerName,
            @JsonPropertyDescription("Optional: the IPv4 or IPv6 address of one neighbor") String neighborAddress) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder(NAME)
            .title("Show BGP neighbors")
            .description("Show BGP neighbor information of a router: the summary of every BGP peer "
                    + "('show bgp summary'), or the details of one neighbor ('show bgp neighbor ADDRESS') "
                    + "when neighbor_address is given.")
            .inputSchema(Arguments.class, TimeoutArgument.schemaProperty("Command timeout in seconds"))
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
        String command = command(args);
        Duration timeout = context.rpcTimeout(args);
        context.guardrails().checkCommand(command);
        return ToolResult.text(context.onDevice(router, Purpose.READ, timeout,
                device -> device.command(command, OutputFormat.TEXT)));
    }

    /** The CLI command the arguments ask for. */
    static String command(ToolArguments args) {
        return args.optionalString("neighbor_address")
                .map(address -> "show bgp neighbor " + NeighborAddress.parse("neighbor_address", address))
                .orElse("show bgp summary");
    }
}
