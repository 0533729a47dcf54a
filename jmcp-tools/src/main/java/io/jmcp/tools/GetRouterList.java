package io.jmcp.tools;

import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * {@code get_router_list}: the inventory as JSON, keyed by router name, without credentials, key
 * paths or ssh_config (extra keys of the devices file are kept, as in the seed project).
 */
public final class GetRouterList implements ToolHandler {
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("get_router_list")
            .title("List routers")
            .description("List the routers this server can reach, keyed by router name, with their address, "
                    + "port, username, authentication type and any extra keys of the device mapping. "
                    + "Passwords, key paths and ssh_config are never shown.")
            .inputSchema("""
                    {"type": "object", "properties": {}}
                    """)
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
        Inventory inventory = context.devices().current();
        return ToolResult.structured(JSON.convertValue(inventory.publicView(), JSON_OBJECT), text(inventory));
    }

    /** The routers of {@code inventory} as JSON text: this tool's text, and the {@code junos://devices} resource. */
    static String text(Inventory inventory) {
        return JsonText.pretty(inventory.publicView());
    }
}
