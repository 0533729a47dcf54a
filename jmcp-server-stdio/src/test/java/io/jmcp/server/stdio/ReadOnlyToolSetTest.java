package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --read-only} with the full tool set: the tools that change routers or the inventory are not offered. */
class ReadOnlyToolSetTest {
    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        server = McpServerProcess.start(StdioServerMain.class, "--demo", "2", "--read-only");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void offersOnlyTheToolsThatReadRouters() {
        assertThat(server.client().listTools().tools()).extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder("get_router_list", "execute_junos_command", "execute_junos_pfe_command",
                        "execute_junos_command_batch", "get_junos_config", "junos_config_diff", "gather_device_facts");
    }

    @Test
    void refusesABatchCommandThatChangesState() {
        CallToolResult result = server.call("execute_junos_command_batch",
                Map.of("router_names", List.of("vsim-01", "vsim-02"), "command", "clear bgp neighbor all"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Command 'clear bgp neighbor all' is refused: this server or caller is "
                + "read-only");
    }

    @Test
    void refusesAMutatingToolCalledByNameSayingTheServerIsReadOnly() {
        CallToolResult result = server.call("load_and_commit_config",
                Map.of("router_name", "vsim-01", "config_text", "set system location building 1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Tool 'load_and_commit_config' changes devices, and this jmcp server runs "
                + "read-only (--read-only): it is not available");
    }

    @Test
    void namesAToolItDoesNotHave() {
        assertThatThrownBy(() -> server.call("invalid_tool_name", Map.of()))
                .isInstanceOf(McpError.class)
                .hasMessage("Unknown tool 'invalid_tool_name'; tools/list gives the tools of this server");
    }
}
