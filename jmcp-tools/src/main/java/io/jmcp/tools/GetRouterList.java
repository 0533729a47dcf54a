package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.jmcp.core.spi.Devices;
import io.jmcp.core.spi.StructuredOutput;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code get_router_list}: the inventory as JSON, keyed by router name, without credentials, key
 * paths or ssh_config (extra keys of the devices file are kept, as in the seed project).
 */
public final class GetRouterList implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments() {
    }

    /**
     * The structured output: a free map, router name to the router's public entry, whose keys are
     * those of the devices file (extra keys included), so each entry is a JSON object of any keys.
     */
    record Routers(@JsonAnyGetter Map<String, RouterEntry> byName) {
    }

    /** One router's public entry: the devices file's keys, whichever they are, with their JSON values. */
    record RouterEntry(@JsonAnyGetter Map<String, JsonNode> keys) {
    }

    private static final TypeReference<Map<String, Map<String, JsonNode>>> ENTRIES = new TypeReference<>() {
    };

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("get_router_list")
            .title("List routers")
            .description("List the routers this server can reach, keyed by router name, with their address, "
                    + "port, username, authentication type and any extra keys of the device mapping. "
                    + "Passwords, key paths and ssh_config are never shown.")
            .inputSchema(Arguments.class)
            .outputSchema(Routers.class)
            .annotations(ToolAnnotations.readOnlyTool().localOnly())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Map<String, Object> routers = typed(context.devices().publicView());
        return ToolResult.structured(routers, JsonText.pretty(routers));
    }

    /** The inventory's public view as this tool's {@link Routers} record writes it: the same keys and values. */
    static Map<String, Object> typed(Map<String, Object> publicView) {
        Map<String, RouterEntry> byName = new LinkedHashMap<>();
        JsonMapper.shared().convertValue(publicView, ENTRIES).forEach((name, keys) -> byName.put(name, new RouterEntry(keys)));
        return StructuredOutput.contentOf(new Routers(byName));
    }

    /** The routers as JSON text: this tool's text, and the {@code junos://devices} resource. */
    static String text(Devices devices) {
        return JsonText.pretty(devices.publicView());
    }
}
