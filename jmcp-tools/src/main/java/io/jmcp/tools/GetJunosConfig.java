package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.output.OutputArguments;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolInput;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code get_junos_config}: a router's configuration as {@code set} commands by default, as the
 * seed project returned it, or as text, XML or JSON; whole or one section (e.g. {@code protocols
 * bgp}); from the committed (active) configuration or the candidate.
 */
public final class GetJunosConfig implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName,
            @JsonProperty(defaultValue = "set") @JsonPropertyDescription("Output format") ConfigFormat format,
            @JsonPropertyDescription("Only this configuration section, as statement words, e.g. 'protocols bgp'") String section,
            @JsonProperty(defaultValue = "committed")
            @JsonPropertyDescription("The active configuration, or the candidate with uncommitted changes") ConfigDatabase database) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("get_junos_config")
            .title("Get a router's configuration")
            .description("Get the configuration of the router: by default the whole active configuration as "
                    + "'set' commands. Optionally one section (e.g. 'protocols bgp' or 'interfaces ge-0/0/0'), "
                    + "another format (text, xml, json) or the candidate database (uncommitted changes).")
            .inputSchema(Arguments.class, OutputArguments.schemaProperties(true)
                    + TimeoutArgument.schemaProperty("Timeout in seconds"))
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Arguments input = ToolInput.read(Arguments.class, arguments);
        String router = input.routerName();
        ConfigFormat format = input.format();
        Optional<String> section = Optional.ofNullable(input.section()).map(String::strip);
        ConfigDatabase database = input.database();
        Duration timeout = context.rpcTimeout(ToolArguments.of(arguments));
        String configuration = configuration(context, router, format, database, section.orElse(null), timeout);
        if (configuration.isBlank()) {
            return ToolResult.text("The " + database.name().toLowerCase(Locale.ROOT) + " configuration of router '"
                    + router + "' has nothing" + section.map(path -> " at '" + path + "'").orElse("") + ".");
        }
        return ToolResult.text(configuration);
    }

    /**
     * The configuration of {@code router} as this tool and the device config resource read it.
     *
     * @param section statement words of one section, or null for the whole configuration
     */
    static String configuration(ToolContext context, String router, ConfigFormat format, ConfigDatabase database,
            String section, Duration timeout) {
        return context.onDevice(router, Purpose.READ, timeout,
                device -> device.getConfiguration(format, database, section));
    }
}
