package io.jmcp.tools;

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
import io.jmcp.netconf.JunosDevice;

import java.time.Duration;
import java.util.Map;

/**
 * {@code gather_device_facts}: what a router is (hostname, model, version, serial number,
 * personality, routing engines, uptime) under PyEZ's fact names, as the seed returned them, as
 * structured content and as JSON text.
 */
public final class GatherDeviceFacts implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("gather_device_facts")
            .title("Gather device facts")
            .description("Gather Junos device facts from the router: hostname, model, version, serialnumber, "
                    + "personality, virtual, routing engines (2RE, master, RE0, RE1, re_info, re_master), up_time "
                    + "in seconds, and domain/fqdn when configured. PyEZ's fact names; unknown values are null.")
            .inputSchema(Arguments.class, TimeoutArgument.schemaProperty("Timeout in seconds"))
            .outputSchema("""
                    {
                      "type": "object",
                      "properties": {
                        "hostname": {"type": ["string", "null"]},
                        "model": {"type": ["string", "null"]},
                        "version": {"type": ["string", "null"]},
                        "serialnumber": {"type": ["string", "null"]},
                        "personality": {"type": ["string", "null"]},
                        "virtual": {"type": ["boolean", "null"]},
                        "2RE": {"type": "boolean"},
                        "master": {"type": ["string", "array", "null"], "items": {"type": "string"}},
                        "RE0": {"type": ["object", "null"]},
                        "RE1": {"type": ["object", "null"]},
                        "re_info": {"type": ["object", "null"]},
                        "re_master": {"type": ["object", "null"]},
                        "up_time": {"type": ["integer", "null"], "description": "seconds"},
                        "domain": {"type": "string"},
                        "fqdn": {"type": "string"}
                      },
                      "required": ["hostname", "model", "version", "serialnumber", "personality"]
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
        Duration timeout = context.rpcTimeout(args);
        Map<String, Object> facts = facts(context, router, timeout);
        return ToolResult.structured(facts, JsonText.pretty(facts));
    }

    /** The facts of {@code router} under PyEZ's names, as this tool and the facts resource return them. */
    static Map<String, Object> facts(ToolContext context, String router, Duration timeout) {
        return context.onDevice(router, Purpose.READ, timeout, JunosDevice::facts).toPyEzMap();
    }
}
