package io.jmcp.tools;

import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * {@code get_router_list}: the inventory as JSON, keyed by router name, without credentials, key
 * paths or ssh_config (extra keys of the devices file are kept, as in the seed project).
 */
public final class GetRouterList implements ToolHandler {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
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
        ObjectNode routers = context.devices().current().publicView();
        return ToolResult.structured(JSON.convertValue(routers, JSON_OBJECT), JSON.writeValueAsString(routers));
    }
}
