package io.jmcp.tools;

import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;

import java.util.Map;
import java.util.OptionalInt;

/** {@code junos://devices/{name}/config}: a router's committed configuration in Junos text (curly-brace) format. */
public final class DeviceConfigResource implements ResourceHandler {
    private static final String MIME_TYPE = "text/plain";
    private static final ResourceDefinition DEFINITION = ResourceDefinition.builder("junos://devices/{name}/config")
            .name("config")
            .title("Committed configuration")
            .description("The router's committed (active) configuration in Junos text format, read from the router "
                    + "when the resource is read. get_junos_config gives other formats, one section or the candidate.")
            .mimeType(MIME_TYPE)
            .deviceVariable("name")
            .build();

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ResourceContent read(ToolContext context, Map<String, String> variables) {
        String configuration = GetJunosConfig.configuration(context, variables.get("name"), ConfigFormat.TEXT,
                ConfigDatabase.COMMITTED, null, context.rpcTimeout(OptionalInt.empty()));
        return new ResourceContent(configuration, MIME_TYPE);
    }
}
