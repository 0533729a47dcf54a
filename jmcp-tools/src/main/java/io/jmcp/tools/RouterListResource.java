package io.jmcp.tools;

import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ToolContext;

import java.util.Map;

/** {@code junos://devices}: the inventory exactly as get_router_list shows it, without any secret. */
public final class RouterListResource implements ResourceHandler {
    private static final ResourceDefinition DEFINITION = ResourceDefinition.builder("junos://devices")
            .name("devices")
            .title("Routers")
            .description("The routers this server can reach, keyed by router name, with their address, port, "
                    + "username, authentication type and any extra keys of the device mapping (as get_router_list "
                    + "returns them). Passwords, key paths and ssh_config are never shown.")
            .mimeType(JsonText.MIME_TYPE)
            .build();

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ResourceContent read(ToolContext context, Map<String, String> variables) {
        return new ResourceContent(GetRouterList.text(context.devices()), JsonText.MIME_TYPE);
    }
}
