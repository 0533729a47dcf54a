package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.InventoryChange;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * {@code reload_devices}: replaces the inventory with the devices of another file. The file must
 * lie in the devices directory ({@link DevicesFileLocation}); it is validated completely before
 * anything changes, and sessions to devices that changed or disappeared are closed (the session
 * pool listens to the inventory).
 */
public final class ReloadDevices implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true)
            @JsonPropertyDescription("The devices file, relative to the devices directory (or an absolute path inside it)")
            String fileName) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("reload_devices")
            .title("Reload the device mapping")
            .description("Reload the devices dictionary from a JSON file in the server's devices directory (the "
                    + "directory of the devices file it started with, or --config-dir), replacing all existing "
                    + "devices. The file is validated completely first: with any problem, nothing changes.")
            .inputSchema(Arguments.class)
            .annotations(ToolAnnotations.mutatingTool(true, false).localOnly())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        String fileName = ToolArguments.of(arguments).requiredString("file_name");
        Path directory = context.devicesDirectory().orElseThrow(() -> new ToolException("reload_devices is not "
                + "available: this server has no devices directory (it was started without a devices file); start "
                + "it with -f FILE or --config-dir DIR"));
        Path file = DevicesFileLocation.resolve(directory, fileName);
        DeviceRegistry registry = ServerParts.registry(context);
        int before = registry.current().size();
        InventoryChange change = registry.reload(file);
        Set<String> loaded = registry.current().names();
        return ToolResult.text("Successfully reloaded devices from '" + file + "'. Previous: " + before
                + " device(s), Current: " + loaded.size() + " device(s).\n"
                + "Loaded devices: " + String.join(", ", loaded) + "\n"
                + "Added: " + listed(change.added()) + "; changed: " + listed(change.changed()) + "; removed: "
                + listed(change.removed())
                + (change.affected().isEmpty() ? "" : "\nOpen sessions to changed and removed devices were closed."));
    }

    private static String listed(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
