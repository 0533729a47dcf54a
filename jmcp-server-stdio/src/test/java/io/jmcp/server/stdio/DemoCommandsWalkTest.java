package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command jmcp itself suggests, run against {@code --demo} through the real MCP tool path:
 * the commands in the prompts' texts and in the tool descriptions are read from the server (not
 * copied here), so a prompt that starts recommending a new command fails this test until the
 * simulator answers it. Each must answer without error and with the content that command shows.
 */
class DemoCommandsWalkTest {
    private static final String MX = "vsim-01";
    private static final String EX = "vsim-02";
    private static final String SRX = "vsim-03";
    /** An iBGP neighbour of the demo configuration, so that the BGP prompt asks about a real session. */
    private static final String BGP_NEIGHBOR = "10.255.0.253";
    private static final Pattern COMMAND_IN_PROMPT = Pattern.compile(
            "execute_junos_command\\(router_name=\"([^\"]+)\", command=\"([^\"]+)\"\\)");
    private static final Pattern CONFIG_IN_PROMPT = Pattern.compile(
            "get_junos_config\\(router_name=\"([^\"]+)\", section=\"([^\"<]+)\", format=\"([a-z]+)\"\\)");
    private static final Pattern COMMAND_IN_DESCRIPTION = Pattern.compile("e\\.g\\. '((?:show|ping|traceroute) [^']+)'");

    /** What each command must show, by the words it starts with (the longest prefix wins). */
    private static final Map<String, String> CONTENT = new LinkedHashMap<>();

    static {
        CONTENT.put("show interfaces", "Physical interface: ");
        CONTENT.put("show interfaces terse", "Interface               Admin Link Proto");
        CONTENT.put("show interfaces diagnostics optics", "Receiver signal average optical power");
        CONTENT.put("show lldp neighbors", "Local Interface    Parent Interface    Chassis Id");
        CONTENT.put("show lacp interfaces", "lacp subsystem not running");
        CONTENT.put("show log messages", "UI_COMMIT");
        CONTENT.put("show bgp summary", "Peer                     AS      InPkt");
        CONTENT.put("show bgp neighbor", "Peer: " + BGP_NEIGHBOR + "+179 AS 64512");
        CONTENT.put("show ospf neighbor", "Full     " + BGP_NEIGHBOR);
        CONTENT.put("show chassis alarms", "No alarms currently active");
        CONTENT.put("show chassis hardware", "Chassis");
        CONTENT.put("show chassis environment", "Routing Engine 0");
        CONTENT.put("show system alarms", "No alarms currently active");
        CONTENT.put("show system storage", "Mounted on");
        CONTENT.put("show system processes summary", "load averages");
        CONTENT.put("show arp", "Total entries: ");
        CONTENT.put("show ethernet-switching table", "Ethernet switching table : ");
        CONTENT.put("show security flow session summary", "Valid sessions: ");
        CONTENT.put("ping", "5 packets transmitted, 5 packets received, 0% packet loss");
        CONTENT.put("traceroute", " 2  " + BGP_NEIGHBOR + " (" + BGP_NEIGHBOR + ")");
        CONTENT.put("show jnh 0 pool usage", "GOT: EDMEM overall usage:");
        CONTENT.put("show route", "inet.0");
    }

    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        server = McpServerProcess.start(StdioServerMain.class, "--demo", "4");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void everyCommandOfThePromptsAnswersOnTheDemo() {
        Set<String> commands = new LinkedHashSet<>();
        for (String promptText : promptTexts()) {
            Matcher command = COMMAND_IN_PROMPT.matcher(promptText);
            while (command.find()) {
                assertThat(command.group(1)).isEqualTo(MX);
                commands.add(command.group(2));
            }
        }
        assertThat(commands).as("the prompts recommend commands").hasSizeGreaterThan(8);
        commands.stream().filter(command -> !isShowRoute(command)).forEach(command -> assertAnswers(MX, command));
    }

    @Test
    void everyConfigurationSectionOfThePromptsAnswersOnTheDemo() {
        List<String> sections = new ArrayList<>();
        for (String promptText : promptTexts()) {
            Matcher call = CONFIG_IN_PROMPT.matcher(promptText);
            while (call.find()) {
                sections.add(call.group(2));
                CallToolResult result = server.call("get_junos_config",
                        Map.of("router_name", call.group(1), "section", call.group(2), "format", call.group(3)));
                assertThat(result.isError()).as("%s: %s", call.group(2), text(result)).isFalse();
                assertThat(text(result)).as(call.group(2)).isNotBlank();
            }
        }
        assertThat(sections).contains("interfaces ge-0/0/0", "protocols bgp");
    }

    @Test
    void theCommandsInToolDescriptionsAnswerOnTheDemo() {
        Map<String, String> examples = new LinkedHashMap<>();
        for (McpSchema.Tool tool : server.client().listTools().tools()) {
            Matcher example = COMMAND_IN_DESCRIPTION.matcher(tool.description());
            while (example.find()) {
                examples.put(example.group(1), tool.name());
            }
        }
        assertThat(examples).containsEntry("show interfaces terse", "execute_junos_command")
                .containsEntry("show jnh 0 pool usage", "execute_junos_pfe_command");
        examples.forEach((command, tool) -> {
            if (tool.equals("execute_junos_pfe_command")) {
                CallToolResult result = server.call(tool, Map.of("router_name", MX, "target", "fpc0", "command", command));
                assertThat(result.isError()).as("%s: %s", command, text(result)).isFalse();
                assertThat(text(result)).contains(expectedContent(command));
            } else {
                assertAnswers(MX, command);
            }
        });
    }

    @Test
    void theDemoAnswersWhatAnEngineerChecksOnEachPlatform() {
        for (String command : List.of("show interfaces ge-0/0/0 extensive", "show interfaces ge-0/0/0 detail",
                "show interfaces ge-0/0/0 terse", "show lldp neighbors", "show lldp neighbors interface ge-0/0/0",
                "show bgp neighbor", "show bgp neighbor " + BGP_NEIGHBOR, "show ospf neighbor", "show log messages",
                "show chassis alarms", "show chassis hardware", "show chassis environment", "show system alarms",
                "show system storage", "show system processes summary", "show arp", "ping " + BGP_NEIGHBOR + " count 5",
                "traceroute " + BGP_NEIGHBOR, "show log messages | match ge-0/0/0 | last 50 | no-more")) {
            assertAnswers(MX, command);
        }
        assertAnswers(EX, "show ethernet-switching table");
        assertAnswers(SRX, "show security flow session summary");
    }

    @Test
    void pipesFilterTheOutputThroughTheTool() {
        assertThat(run(MX, "show interfaces terse | match lo0 | count")).contains("Count: 2 lines");
        assertThat(run(MX, "show interfaces terse | except ge- | last 1")).startsWith("lo0.0");
        assertThat(run(MX, "show interfaces terse | find ^lo0")).startsWith("lo0 ");
        assertThat(run(MX, "show configuration system | display set | match host-name"))
                .contains("set system host-name " + MX);
        CallToolResult xml = server.call("execute_junos_command",
                Map.of("router_name", MX, "command", "show chassis alarms | display xml", "format", "xml"));
        assertThat(xml.isError()).isFalse();
        assertThat(text(xml)).contains("<alarm-summary>", "<no-active-alarms>");
        assertThat(run(MX, "show chassis alarms | display json")).contains("\"no-active-alarms\"");
    }

    @Test
    void anUnknownCommandOrPfeCommandIsAnErrorInJunossWords() {
        CallToolResult unknown = server.call("execute_junos_command", Map.of("router_name", MX, "command", "show frobnicate"));
        assertThat(unknown.isError()).isTrue();
        assertThat(text(unknown)).contains("syntax error").contains("frobnicate");

        CallToolResult pfe = server.call("execute_junos_pfe_command",
                Map.of("router_name", MX, "target", "fpc0", "command", "show frobnicate"));
        assertThat(pfe.isError()).isTrue();
        assertThat(text(pfe)).startsWith("Router 'vsim-01': the PFE shell of fpc0 does not know the command 'show"
                + " frobnicate': Syntax error at 'frobnicate'");
    }

    @Test
    void theRouteCommandsOfThePromptsAnswerOnTheDemo() {
        List<String> routeCommands = promptTexts().stream().flatMap(promptText -> COMMAND_IN_PROMPT.matcher(promptText)
                .results().map(match -> match.group(2))).filter(DemoCommandsWalkTest::isShowRoute).toList();
        assertThat(routeCommands).isNotEmpty();
        routeCommands.forEach(command -> assertAnswers(MX, command));
    }

    private static boolean isShowRoute(String command) {
        return command.startsWith("show route ") && !command.startsWith("show route summary");
    }

    private static List<String> promptTexts() {
        Map<String, Map<String, Object>> arguments = Map.of(
                "troubleshoot_interface", Map.of("router_name", MX, "interface_name", "ge-0/0/0"),
                "troubleshoot_bgp_peer", Map.of("router_name", MX, "neighbor_address", BGP_NEIGHBOR),
                "safe_config_change", Map.of("router_name", MX, "change", "set the description of ge-0/0/1 to uplink"));
        List<String> texts = new ArrayList<>();
        for (McpSchema.Prompt prompt : server.client().listPrompts().prompts()) {
            assertThat(arguments).as("arguments for prompt %s", prompt.name()).containsKey(prompt.name());
            server.client().getPrompt(new GetPromptRequest(prompt.name(), arguments.get(prompt.name()))).messages()
                    .forEach(message -> texts.add(((McpSchema.TextContent) message.content()).text()));
        }
        return texts;
    }

    private static void assertAnswers(String router, String command) {
        assertThat(run(router, command)).as("%s on %s", command, router).contains(expectedContent(command));
    }

    private static String run(String router, String command) {
        CallToolResult result = server.call("execute_junos_command", Map.of("router_name", router, "command", command));
        assertThat(result.isError()).as("%s on %s: %s", command, router, text(result)).isFalse();
        return text(result);
    }

    /** What the command must show: the text a {@code | match} keeps, else what {@link #CONTENT} says. */
    private static String expectedContent(String command) {
        Matcher match = Pattern.compile("\\| match (\\S+)").matcher(command);
        if (match.find()) {
            return match.group(1);
        }
        String words = command.split("\\|")[0].strip();
        return CONTENT.entrySet().stream().filter(entry -> words.equals(entry.getKey())
                        || words.startsWith(entry.getKey() + " ") || matchesWithArgument(words, entry.getKey()))
                .max((a, b) -> a.getKey().length() - b.getKey().length())
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new AssertionError("no expected content for '" + command + "': add it to CONTENT"));
    }

    /** {@code show interfaces ge-0/0/0 terse} is a {@code show interfaces terse} command. */
    private static boolean matchesWithArgument(String words, String key) {
        String[] given = words.split(" ");
        String[] expected = key.split(" ");
        return given.length == expected.length + 1 && given[given.length - 1].equals(expected[expected.length - 1])
                && words.startsWith(key.substring(0, key.lastIndexOf(' ')) + " ");
    }
}
