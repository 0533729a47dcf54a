package io.jmcp.tools;

import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The details add_device asks for, each checked by the same rule whether it came as a tool
 * argument or from a form the user filled in.
 */
enum NewDeviceField {
    DEVICE_NAME("device_name", "Device name",
            "\"type\": \"string\", \"minLength\": 1, \"maxLength\": 50, \"pattern\": \"^[A-Za-z0-9._-]+$\", "
                    + "\"description\": \"A unique name of letters, digits, '.', '_' and '-', e.g. router1-east\"") {
        @Override
        Object check(Object value, Inventory inventory, GuardOptions guard) {
            String name = text(value);
            int length = name.codePointCount(0, name.length());
            if (length < 1 || length > MAX_NAME_LENGTH) {
                throw invalid("must be 1-" + MAX_NAME_LENGTH + " characters, got " + length);
            }
            int offending = name.codePoints().filter(c -> !isNameCharacter(c)).findFirst().orElse(-1);
            if (offending >= 0) {
                throw invalid("may hold only letters, digits, '.', '_' and '-'; it holds "
                        + String.format(Locale.ROOT, "U+%04X", offending)
                        + (Character.isISOControl(offending) || Character.isWhitespace(offending) ? ""
                        : " ('" + Character.toString(offending) + "')"));
            }
            if (name.chars().allMatch(c -> c == '.')) {
                throw invalid("must not be only dots");
            }
            if (inventory.contains(name)) {
                throw invalid("'" + name + "' is already a device; choose another name (existing devices are never "
                        + "overwritten)");
            }
            return name;
        }
    },
    DEVICE_IP("device_ip", "IP address or host name",
            "\"type\": \"string\", \"minLength\": 1, \"description\": \"e.g. 192.0.2.1 or r1.example.net\"") {
        @Override
        Object check(Object value, Inventory inventory, GuardOptions guard) {
            String host = text(value);
            if (!isIpAddress(host) && !isHostName(host)) {
                throw invalid("must be an IPv4 or IPv6 address or a host name, got '" + host + "'");
            }
            if (!guard.allowLinkLocalHosts() && LinkLocalHosts.isLinkLocal(host)) {
                throw invalid("'" + host + "' is a link-local address (169.254.0.0/16, fe80::/10), where cloud "
                        + "metadata services answer, not routers; the server option --allow-link-local-devices "
                        + "allows such hosts");
            }
            return host;
        }
    },
    DEVICE_PORT("device_port", "SSH port",
            "\"type\": \"integer\", \"minimum\": 1, \"maximum\": 65535, \"default\": 22, \"description\": \"The NETCONF over SSH port (default: 22)\"") {
        @Override
        Object check(Object value, Inventory inventory, GuardOptions guard) {
            long port = integral(value);
            if (port < 1 || port > MAX_PORT) {
                throw invalid("must be between 1 and " + MAX_PORT + ", got " + port);
            }
            return (int) port;
        }
    },
    USERNAME("username", "Username",
            "\"type\": \"string\", \"minLength\": 1, \"description\": \"The login on the device\"") {
        @Override
        Object check(Object value, Inventory inventory, GuardOptions guard) {
            String username = text(value);
            if (username.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw invalid("must not contain spaces or control characters");
            }
            return username;
        }
    },
    SSH_KEY_PATH("ssh_key_path", "SSH private key file",
            "\"type\": \"string\", \"minLength\": 1, \"description\": \"Absolute path of the private key on the MCP server, e.g. /home/user/.ssh/id_ed25519\"") {
        @Override
        Object check(Object value, Inventory inventory, GuardOptions guard) {
            String given = text(value);
            Path key;
            try {
                key = given.startsWith("~/") ? Path.of(System.getProperty("user.home"), given.substring(2)) : Path.of(given);
            } catch (InvalidPathException notAPath) {
                throw invalid("is not a valid path: " + notAPath.getReason());
            }
            if (!key.isAbsolute()) {
                throw invalid("must be an absolute path (or start with ~/), got '" + given + "'");
            }
            if (!Files.isRegularFile(key)) {
                throw invalid("'" + key + "' " + (Files.exists(key) ? "is not a regular file" : "does not exist"));
            }
            if (!Files.isReadable(key)) {
                throw invalid("'" + key + "' cannot be read by the server (check its permissions)");
            }
            SshPrivateKeyFile.problem(key).ifPresent(problem -> {
                throw invalid("'" + key + "' " + problem);
            });
            return key.normalize().toString();
        }
    };

    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_PORT = 65_535;
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final int MAX_HOST_NAME_LENGTH = 253;

    private final String argument;
    private final String title;
    private final String schema;

    NewDeviceField(String argument, String title, String schema) {
        this.argument = argument;
        this.title = title;
        this.schema = schema;
    }

    /** The tool argument, and the form property, that carries this detail. */
    String argument() {
        return argument;
    }

    /** The JSON Schema of the form property, as text. */
    String formProperty() {
        return "\"" + argument + "\": {\"title\": \"" + title + "\", " + schema + "}";
    }

    /**
     * @param guard whether link-local hosts are allowed
     * @return the value, trimmed and typed (an {@code Integer} port, an absolute key path)
     * @throws ToolException naming the detail and what is wrong with the value
     */
    abstract Object check(Object value, Inventory inventory, GuardOptions guard);

    /** {@link #check(Object, Inventory, GuardOptions)} with the default guardrails. */
    Object check(Object value, Inventory inventory) {
        return check(value, inventory, GuardOptions.defaults());
    }

    ToolException invalid(String problem) {
        return new ToolException(argument + " " + problem);
    }

    String text(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid("must be a non-empty string");
        }
        return text.strip();
    }

    long integral(Object value) {
        try {
            if (value instanceof Number number) {
                return new BigDecimal(number.toString()).longValueExact();
            }
            if (value instanceof String text) {
                return Long.parseLong(text.strip());
            }
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
            throw invalid("must be a whole number, got '" + value + "'");
        }
        throw invalid("must be a whole number");
    }

    /** ASCII letters and digits, '.', '_' and '-': safe in file names, URIs, logs and terminals. */
    private static boolean isNameCharacter(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
    }

    private static boolean isIpAddress(String host) {
        if (IPV4.matcher(host).matches()) {
            return true;
        }
        if (!host.contains(":")) {
            return false;
        }
        try {
            // A literal with a colon is parsed as IPv6, never looked up.
            InetAddress.getByName(host.startsWith("[") ? host : "[" + host + "]");
            return true;
        } catch (UnknownHostException invalid) {
            return false;
        }
    }

    /** RFC 1123 host names; all-numeric dotted names are left to the IPv4 rule. */
    private static boolean isHostName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.length() > MAX_HOST_NAME_LENGTH || name.matches("[0-9.]+")) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
