package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code --read-only} leaves out the prompt that leads to configuration changes, as it does mutating tools. */
class ReadOnlyPromptsTest {
    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        server = McpServerProcess.start(StdioServerMain.class, "--demo", "1", "--read-only");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void offersOnlyTheTroubleshootingPrompts() {
        assertThat(server.client().listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                .containsExactlyInAnyOrder("troubleshoot_interface", "troubleshoot_bgp_peer");
    }

    @Test
    void doesNotRenderTheSafeChangePrompt() {
        McpError failure = catchThrowableOfType(McpError.class, () -> server.client().getPrompt(
                new McpSchema.GetPromptRequest("safe_config_change", Map.of("router_name", "vsim-01", "change", "x"))));

        assertThat(failure.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
    }

    @Test
    void stillServesTheResources() {
        assertThat(server.client().listResources().resources()).extracting(McpSchema.Resource::uri)
                .contains("junos://devices", "junos://devices/vsim-01/config");
    }
}
