package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The MCP prompts end to end over stdio: listed with their arguments, rendered, and refused with a reason. */
class PromptsOverStdioTest {
    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        server = McpServerProcess.start(StdioServerMain.class, "--demo", "1");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static GetPromptResult get(String prompt, Map<String, Object> arguments) {
        return server.client().getPrompt(new GetPromptRequest(prompt, arguments));
    }

    private static String text(GetPromptResult result) {
        return ((McpSchema.TextContent) result.messages().get(0).content()).text();
    }

    private static McpSchema.Prompt listed(String name) {
        return server.client().listPrompts().prompts().stream().filter(prompt -> prompt.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void listsTheGuidedChangeAndTheTroubleshootingPrompts() {
        assertThat(server.client().listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                .containsExactlyInAnyOrder("safe_config_change", "troubleshoot_interface", "troubleshoot_bgp_peer");
    }

    @Test
    void listsEachPromptsArgumentsAndWhetherTheyAreRequired() {
        assertThat(listed("troubleshoot_bgp_peer").arguments())
                .extracting(McpSchema.PromptArgument::name, McpSchema.PromptArgument::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("router_name", true),
                        org.assertj.core.groups.Tuple.tuple("neighbor_address", true));
    }

    @Test
    void rendersTheSafeChangeForTheRouterAndChangeGiven() {
        GetPromptResult result = get("safe_config_change",
                Map.of("router_name", "vsim-01", "change", "set the description of ge-0/0/1 to uplink"));

        assertThat(result.messages()).hasSize(1);
        assertThat(result.messages().get(0).role()).isEqualTo(McpSchema.Role.USER);
        assertThat(text(result)).contains("set the description of ge-0/0/1 to uplink")
                .contains("load_and_commit_config(router_name=\"vsim-01\"")
                .contains("dry_run=true")
                .contains("confirmed_minutes=5")
                .contains("confirm_commit(router_name=\"vsim-01\")");
    }

    @Test
    void rendersTheInterfaceChecksWithTheInterfaceInEachCommand() {
        String text = text(get("troubleshoot_interface", Map.of("router_name", "vsim-01", "interface_name", "ge-0/0/0")));

        assertThat(text).contains("execute_junos_command(router_name=\"vsim-01\", command=\"show interfaces ge-0/0/0 "
                + "extensive\")");
    }

    @Test
    void rendersTheBgpChecksForTheNeighbor() {
        String text = text(get("troubleshoot_bgp_peer", Map.of("router_name", "vsim-01",
                "neighbor_address", "192.0.2.1")));

        assertThat(text).contains("command=\"show bgp neighbor 192.0.2.1\"").contains("show bgp summary");
    }

    @Test
    void refusesAPromptWithoutARequiredArgument() {
        McpError failure = catchThrowableOfType(McpError.class,
                () -> get("troubleshoot_interface", Map.of("router_name", "vsim-01")));

        assertThat(failure.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
        assertThat(failure.getMessage()).startsWith("Prompt 'troubleshoot_interface' needs argument 'interface_name': ");
    }

    @Test
    void refusesAnArgumentThePromptDoesNotHave() {
        McpError failure = catchThrowableOfType(McpError.class,
                () -> get("troubleshoot_interface", Map.of("router", "vsim-01", "interface_name", "ge-0/0/0")));

        assertThat(failure.getMessage()).isEqualTo("Prompt 'troubleshoot_interface' has no argument 'router'; its "
                + "arguments are: router_name (required), interface_name (required)");
    }

    @Test
    void refusesAnInterfaceNameThatIsNotOne() {
        McpError failure = catchThrowableOfType(McpError.class, () -> get("troubleshoot_interface",
                Map.of("router_name", "vsim-01", "interface_name", "ge-0/0/0 | save /tmp/x")));

        assertThat(failure.getMessage()).isEqualTo("Prompt 'troubleshoot_interface': argument 'interface_name' must "
                + "be one interface name such as ge-0/0/0, got 'ge-0/0/0 | save /tmp/x'");
    }
}
