package io.jmcp.tools;

import io.jmcp.core.spi.Devices;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.util.Map;

/**
 * {@code get_router_list}: the inventory as JSON, keyed by router name, without credentials, key
 * paths or ssh_config (extra keys of the devices file are kept, as in the seed project).
 */
public final class GetRouterList implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments() {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("get_router_list")
            .title("List routers")
            .description("List the routers this server can reach, keyed by router name, with their address, "
                    + "port, username, authentication type and any extra keys of the device mapping. "
                    + "Passwords, key paths and ssh_config are never shown.")
            .inputSchema(Arguments.class)
            .outputSchema("""
                    {"type": "object", "additionalProperties": {"type": "object"}}
                    """)
            .annotations(ToolAnnotations.readOnlyTool().localOnly())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Map<String, Object> routers = context.devices().publicView();
        return ToolResult.structured(routers, JsonText.pretty(routers));
    }

    /** The routers as JSON text: this tool's text, and the {@code junos://devices} resource. */
    static String text(Devices devices) {
        return JsonText.pretty(devices.publicView());
    }
}
