package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;

import java.util.regex.Pattern;

/**
 * Checks of the prompt arguments that become part of a Junos command, so that a prompt never
 * writes a command with a stray space or pipe in it.
 */
final class PromptValues {
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/:._-]*");
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]+");

    private PromptValues() {
    }

    /** One interface name such as {@code ge-0/0/0}, {@code ae0} or {@code ge-0/0/0.100}. */
    static String interfaceName(String argument, String value) {
        if (!INTERFACE.matcher(value).matches()) {
            throw new ToolException("argument '" + argument + "' must be one interface name such as ge-0/0/0, "
                    + "got '" + value + "'");
        }
        return value;
    }

    /** An IPv4 or IPv6 address, in its usual notation. */
    static String address(String argument, String value) {
        if (!ADDRESS.matcher(value).matches() || !value.contains(".") && !value.contains(":")) {
            throw new ToolException("argument '" + argument + "' must be an IPv4 or IPv6 address such as 192.0.2.1, "
                    + "got '" + value + "'");
        }
        return value;
    }
}
