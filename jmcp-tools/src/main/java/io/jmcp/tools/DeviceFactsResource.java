package io.jmcp.tools;

import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ToolContext;

import java.util.Map;
import java.util.OptionalInt;

/** {@code junos://devices/{name}/facts}: what a router is, as gather_device_facts returns it. */
public final class DeviceFactsResource implements ResourceHandler {
    private static final ResourceDefinition DEFINITION = ResourceDefinition.builder("junos://devices/{name}/facts")
            .name("facts")
            .title("Device facts")
            .description("The router's facts as JSON under PyEZ's names (hostname, model, version, serialnumber, "
                    + "personality, routing engines, up_time in seconds), gathered from the router when the resource "
                    + "is read; the same as gather_device_facts.")
            .mimeType(JsonText.MIME_TYPE)
            .deviceVariable("name")
            .build();

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ResourceContent read(ToolContext context, Map<String, String> variables) {
        Map<String, Object> facts = GatherDeviceFacts.facts(context, variables.get("name"),
                context.rpcTimeout(OptionalInt.empty()));
        return new ResourceContent(JsonText.pretty(facts), JsonText.MIME_TYPE);
    }
}
