package io.jmcp.tools;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.spi.PromptArgument;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;
import io.jmcp.core.spi.ToolHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompts send the model to the real tools: every tool call a prompt writes names a registered
 * tool and only arguments of its input schema, and every other snake_case name in its text is a
 * tool, a prompt or an argument.
 */
class PromptToolCallsTest {
    private static final Pattern CALL = Pattern.compile("([a-z][a-z0-9_]*)\\(([^()]*)\\)");
    private static final Pattern ARGUMENT = Pattern.compile("(?:^|, )([a-z][a-z0-9_]*)=");
    private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");
    private static final Map<String, String> SAMPLE_VALUES = Map.of("router_name", "vsim-01",
            "interface_name", "ge-0/0/0", "neighbor_address", "192.0.2.1");
    private static final ClassLoader CLASS_PATH = PromptToolCallsTest.class.getClassLoader();

    static List<PromptHandler> prompts() {
        return ToolDiscovery.discover(PromptHandler.class, CLASS_PATH);
    }

    static List<String> promptNames() {
        return prompts().stream().map(prompt -> prompt.definition().name()).toList();
    }

    private static PromptHandler prompt(String name) {
        return prompts().stream().filter(prompt -> prompt.definition().name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Set<String>> toolArguments() {
        Map<String, Set<String>> arguments = new HashMap<>();
        for (ToolHandler tool : ToolDiscovery.discover(CLASS_PATH)) {
            Set<String> names = new HashSet<>();
            JsonMapper.shared().readTree(tool.definition().inputSchema()).get("properties").propertyNames()
                    .forEach(names::add);
            arguments.put(tool.definition().name(), names);
        }
        return arguments;
    }

    private static String rendered(PromptHandler prompt) {
        Map<String, String> arguments = new HashMap<>();
        for (PromptArgument argument : prompt.definition().arguments()) {
            arguments.put(argument.name(), SAMPLE_VALUES.getOrDefault(argument.name(), "enable LLDP on all interfaces"));
        }
        return prompt.render(arguments).stream().map(PromptMessage::text).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promptNames")
    void callsOnlyRegisteredToolsWithTheirOwnArgumentNames(String promptName) {
        Map<String, Set<String>> tools = toolArguments();
        Matcher call = CALL.matcher(rendered(prompt(promptName)));
        int calls = 0;
        while (call.find()) {
            calls++;
            String tool = call.group(1);
            assertThat(tools).as("tools").containsKey(tool);
            Matcher argument = ARGUMENT.matcher(call.group(2));
            while (argument.find()) {
                assertThat(tools.get(tool)).as("arguments of " + tool).contains(argument.group(1));
            }
        }
        assertThat(calls).as("tool calls in " + promptName).isGreaterThan(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promptNames")
    void namesOnlyToolsPromptsAndArgumentsThatExist(String promptName) {
        Map<String, Set<String>> tools = toolArguments();
        Set<String> known = new HashSet<>(tools.keySet());
        tools.values().forEach(known::addAll);
        prompts().forEach(each -> known.add(each.definition().name()));

        Matcher name = SNAKE_CASE.matcher(rendered(prompt(promptName)));
        while (name.find()) {
            assertThat(known).as("names in " + promptName).contains(name.group());
        }
    }
}
