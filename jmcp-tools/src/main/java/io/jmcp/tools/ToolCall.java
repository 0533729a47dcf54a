package io.jmcp.tools;

import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tool call written out in a prompt, e.g. {@code get_junos_config(router_name="r1", format="text")}:
 * the exact tool and argument names, with values as JSON so that quotes in what the user typed
 * cannot break the call apart.
 */
final class ToolCall {
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String tool;
    private final Map<String, Object> arguments = new LinkedHashMap<>();

    private ToolCall(String tool) {
        this.tool = tool;
    }

    static ToolCall of(String tool) {
        return new ToolCall(tool);
    }

    /** {@code execute_junos_command} of {@code command} on {@code router}. */
    static ToolCall command(String router, String command) {
        return of("execute_junos_command").with("router_name", router).with("command", command);
    }

    ToolCall with(String argument, Object value) {
        arguments.put(argument, value);
        return this;
    }

    @Override
    public String toString() {
        return tool + arguments.entrySet().stream()
                .map(argument -> argument.getKey() + "=" + JSON.writeValueAsString(argument.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
