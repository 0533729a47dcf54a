package io.jmcp.tools;

import io.jmcp.core.spi.Choices;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.Environment;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ElicitationResult;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.error.NetconfException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code add_device}: adds a device (key authentication) to the running server. Details missing
 * from the arguments are asked of the user through MCP elicitation forms, then the user confirms;
 * every detail is checked by the same rules ({@link NewDeviceField}) however it came. An existing
 * name is never overwritten. The device is usable at once and, with --persist-devices, written to
 * the devices file. Passwords are never asked for: forms must not collect secrets.
 */
public final class AddDevice implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(
            @JsonPropertyDescription("Device name/identifier (1-50 characters, unique)") String deviceName,
            @JsonPropertyDescription("Device IP address or host name") String deviceIp,
            @JsonPropertyDescription("SSH port (default: 22)") Integer devicePort,
            @JsonPropertyDescription("Username for authentication") String username,
            @JsonPropertyDescription("Absolute path to the SSH private key file on the server") String sshKeyPath,
            @JsonProperty(defaultValue = "false")
            @JsonPropertyDescription("Connect to the device (10 s limit) before adding it") boolean testConnection,
            @JsonProperty(defaultValue = "strict") @Choices({"strict", "accept-new"})
            @JsonPropertyDescription("strict: the device's host key must already be in ~/.ssh/known_hosts; accept-new: trust the key offered on first connection")
            String hostKey) {
    }

    static final Duration CONNECTION_TEST_TIMEOUT = Duration.ofSeconds(10);
    /** Forms a user may send back with invalid details before the tool gives up. */
    static final int MAX_FORMS = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STRICT = "strict";
    private static final String ACCEPT_NEW = "accept-new";

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("add_device")
            .title("Add a device")
            .description("Add a new Junos device (SSH key authentication) to this server. Missing details are asked "
                    + "of the user with interactive forms (elicitation), followed by a confirmation with an optional "
                    + "connection test; clients without form support must pass every detail as arguments. An "
                    + "existing device name is never overwritten.")
            .inputSchema(Arguments.class)
            .annotations(ToolAnnotations.mutatingTool(false, false))
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        DeviceRegistry registry = ServerParts.registry(context);
        Inventory inventory = registry.current();
        GuardOptions guard = ServerParts.guardOptions(context);
        Map<NewDeviceField, Object> details = new EnumMap<>(NewDeviceField.class);
        for (NewDeviceField field : NewDeviceField.values()) {
            Object given = arguments.get(field.argument());
            if (isGiven(given)) {
                details.put(field, field.check(given, inventory, guard));
            }
        }
        Confirmation confirmation = Confirmation.from(arguments);
        Elicitation forms = context.elicitation();
        List<NewDeviceField> missing = missing(details);
        if (!forms.isSupported()) {
            if (!missing.isEmpty()) {
                throw new ToolException("add_device needs " + missing.stream().map(NewDeviceField::argument)
                        .collect(Collectors.joining(", ")) + ": " + forms.unsupportedReason()
                        + ", so pass every detail as arguments (device_name, device_ip, "
                        + "device_port, username, ssh_key_path)");
            }
        } else {
            if (!missing.isEmpty() && !askFor(missing, details, forms, inventory, guard)) {
                return cancelled();
            }
            ElicitationResult answer = forms.request(confirmationMessage(details), Confirmation.FORM);
            if (!answer.accepted() || !Boolean.TRUE.equals(answer.values().get("confirm"))) {
                return cancelled();
            }
            confirmation = Confirmation.from(answer.values());
        }
        DeviceEntry device = entry(details, confirmation, context);
        if (confirmation.testConnection()) {
            context.log().info("Testing the connection to " + device.name() + "...");
            testConnection(device);
        }
        registry.add(device, context.persistAddedDevices());
        context.log().info("Device '" + device.name() + "' added");
        return ToolResult.text(added(device, context.persistAddedDevices(), confirmation.testConnection()));
    }

    /** The seed's clients send "" and 0 for details they leave out. */
    private static boolean isGiven(Object value) {
        return value != null && !"".equals(value) && !(value instanceof Number number && number.doubleValue() == 0);
    }

    private static List<NewDeviceField> missing(Map<NewDeviceField, Object> details) {
        List<NewDeviceField> missing = new ArrayList<>();
        for (NewDeviceField field : NewDeviceField.values()) {
            if (!details.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /**
     * Asks for the missing details in one form, then again for those the user got wrong, saying why.
     *
     * @return false when the user declined or cancelled a form
     */
    private static boolean askFor(List<NewDeviceField> missing, Map<NewDeviceField, Object> details,
            Elicitation forms, Inventory inventory, GuardOptions guard) {
        List<NewDeviceField> pending = missing;
        Map<NewDeviceField, String> problems = new LinkedHashMap<>();
        for (int form = 1; form <= MAX_FORMS; form++) {
            ElicitationResult answer = forms.request(detailsMessage(problems), detailsForm(pending));
            if (!answer.accepted()) {
                return false;
            }
            problems.clear();
            for (NewDeviceField field : pending) {
                try {
                    details.put(field, field.check(answer.values().get(field.argument()), inventory, guard));
                } catch (ToolException invalid) {
                    problems.put(field, invalid.getMessage());
                }
            }
            if (problems.isEmpty()) {
                return true;
            }
            pending = List.copyOf(problems.keySet());
        }
        throw new ToolException("add_device gave up after " + MAX_FORMS + " forms with invalid details: "
                + String.join("; ", problems.values()) + ". Nothing was added.");
    }

    private static String detailsMessage(Map<NewDeviceField, String> problems) {
        if (problems.isEmpty()) {
            return "Please enter the details of the new Junos device:";
        }
        return "Some details were not valid; please correct them:\n"
                + problems.values().stream().map(problem -> "• " + problem).collect(Collectors.joining("\n"));
    }

    private static String detailsForm(List<NewDeviceField> fields) {
        return "{\"type\": \"object\", \"properties\": {"
                + fields.stream().map(NewDeviceField::formProperty).collect(Collectors.joining(", "))
                + "}, \"required\": [" + fields.stream().map(field -> "\"" + field.argument() + "\"")
                .collect(Collectors.joining(", ")) + "]}";
    }

    private static String confirmationMessage(Map<NewDeviceField, Object> details) {
        return "Please confirm adding this device:\n\n"
                + "• Name: " + details.get(NewDeviceField.DEVICE_NAME) + "\n"
                + "• IP: " + details.get(NewDeviceField.DEVICE_IP) + "\n"
                + "• Port: " + details.get(NewDeviceField.DEVICE_PORT) + "\n"
                + "• Username: " + details.get(NewDeviceField.USERNAME) + "\n"
                + "• SSH Key: " + details.get(NewDeviceField.SSH_KEY_PATH);
    }

    private static DeviceEntry entry(Map<NewDeviceField, Object> details, Confirmation confirmation,
            ToolContext context) {
        ObjectNode json = JSON.createObjectNode();
        json.put("ip", (String) details.get(NewDeviceField.DEVICE_IP));
        json.put("port", (Integer) details.get(NewDeviceField.DEVICE_PORT));
        json.put("username", (String) details.get(NewDeviceField.USERNAME));
        json.putObject("auth").put("type", "ssh_key")
                .put("private_key_path", (String) details.get(NewDeviceField.SSH_KEY_PATH));
        json.put("host_key", confirmation.hostKey());
        Path baseDirectory = context.devicesDirectory().orElse(Path.of("").toAbsolutePath());
        return DeviceEntry.fromJson((String) details.get(NewDeviceField.DEVICE_NAME), json, baseDirectory,
                Environment.system());
    }

    /** Opens and closes one session within {@link #CONNECTION_TEST_TIMEOUT}. */
    private static void testConnection(DeviceEntry device) {
        try {
            JunosDevice.connect(device.toDeviceOptions(CONNECTION_TEST_TIMEOUT, CONNECTION_TEST_TIMEOUT)).close();
        } catch (HostKeyException failure) {
            throw new ToolException("Connection test failed: " + DeviceException.of(device.name(), failure,
                    device.hostKeyAdvice()).getMessage() + "\nDevice not added.", failure);
        } catch (NetconfException failure) {
            throw new ToolException("Connection test failed: " + DeviceException.describe(device.name(), failure)
                    + "\nDevice not added.", failure);
        }
    }

    private static ToolResult cancelled() {
        return ToolResult.text("Device addition cancelled; nothing was added.");
    }

    private static String added(DeviceEntry device, boolean persisted, boolean tested) {
        return "✅ Device '" + device.name() + "' added successfully!\n\nDetails:\n"
                + "• IP: " + device.ip() + "\n"
                + "• Port: " + device.port() + "\n"
                + "• Username: " + device.username() + "\n"
                + (tested ? "• Connection test: passed\n" : "")
                + "\nThe device is now available for use with all Junos MCP tools"
                + (persisted ? " and was saved to the devices file." : " until the server stops (not saved to a file).");
    }

    /** What the user confirmed besides the details: the connection test and the host-key policy. */
    private record Confirmation(boolean testConnection, String hostKey) {
        static final String FORM = """
                {"type": "object", "properties": {
                  "confirm": {"type": "boolean", "title": "Add this device"},
                  "test_connection": {"type": "boolean", "title": "Test the connection first (10 s)", "default": false},
                  "host_key": {"type": "string", "title": "Host key check", "enum": ["strict", "accept-new"],
                               "default": "strict",
                               "description": "strict: the key must already be in ~/.ssh/known_hosts; accept-new: trust the key offered on first connection"}
                }, "required": ["confirm"]}""";

        /** From the tool's arguments or the confirmation form, which use the same names. */
        static Confirmation from(Map<String, Object> values) {
            Object testConnection = values.get("test_connection");
            Object hostKey = values.get("host_key");
            String policy = hostKey == null ? STRICT : String.valueOf(hostKey);
            if (!policy.equals(STRICT) && !policy.equals(ACCEPT_NEW)) {
                throw new ToolException("host_key must be strict or accept-new, got '" + policy + "'");
            }
            return new Confirmation(Boolean.TRUE.equals(testConnection), policy);
        }
    }
}
