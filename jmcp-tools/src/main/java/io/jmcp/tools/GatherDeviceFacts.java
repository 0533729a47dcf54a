package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.spi.Nullable;
import io.jmcp.core.spi.OneOrMany;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.StructuredOutput;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolInput;
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

    /** One routing engine's details, under PyEZ's names. */
    record RoutingEngineDetails(@Nullable String mastershipState, @Nullable String status, @Nullable String model,
                                @Nullable String lastRebootReason) {
    }

    /** The first node's routing engine in one slot ({@code RE0}, {@code RE1}): its details and uptime as text. */
    record RoutingEngineSlot(@Nullable String mastershipState, @Nullable String status, @Nullable String model,
                             @Nullable String lastRebootReason, @Nullable String upTime) {
    }

    /**
     * The structured output: PyEZ's facts dictionary, keys as PyEZ spells them; {@code master} is one
     * routing engine's name, or a list when several nodes each have a master.
     */
    record Facts(@Nullable String hostname, @Nullable String model, @Nullable String version,
                 @Nullable String serialnumber, @Nullable String personality, @Nullable Boolean virtual,
                 @JsonProperty("2RE") boolean twoRoutingEngines,
                 @Nullable @OneOrMany(String.class) Object master,
                 @Nullable @JsonProperty("RE0") RoutingEngineSlot re0,
                 @Nullable @JsonProperty("RE1") RoutingEngineSlot re1,
                 @Nullable Map<String, Map<String, RoutingEngineDetails>> reInfo,
                 @Nullable Map<String, String> reMaster,
                 @Nullable @JsonPropertyDescription("seconds") Long upTime,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String domain,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String fqdn) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("gather_device_facts")
            .title("Gather device facts")
            .description("Gather Junos device facts from the router: hostname, model, version, serialnumber, "
                    + "personality, virtual, routing engines (2RE, master, RE0, RE1, re_info, re_master), up_time "
                    + "in seconds, and domain/fqdn when configured. PyEZ's fact names; unknown values are null.")
            .inputSchema(Arguments.class, TimeoutArgument.schemaProperty("Timeout in seconds"))
            .outputSchema(Facts.class)
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        String router = ToolInput.read(Arguments.class, arguments).routerName();
        Duration timeout = context.rpcTimeout(ToolArguments.of(arguments));
        Map<String, Object> facts = typed(facts(context, router, timeout));
        return ToolResult.structured(facts, JsonText.pretty(facts));
    }

    /** PyEZ's facts dictionary as this tool's {@link Facts} record writes it: the same keys and values, checked. */
    static Map<String, Object> typed(Map<String, Object> pyEzFacts) {
        return StructuredOutput.contentOf(StructuredOutput.fromContent(pyEzFacts, Facts.class));
    }

    /** The facts of {@code router} under PyEZ's names, as this tool and the facts resource return them. */
    static Map<String, Object> facts(ToolContext context, String router, Duration timeout) {
        return context.onDevice(router, Purpose.READ, timeout, JunosDevice::facts).toPyEzMap();
    }
}
