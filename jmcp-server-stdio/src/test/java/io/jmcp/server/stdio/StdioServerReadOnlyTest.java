package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --read-only}: routers can be looked at, never changed. */
class StdioServerReadOnlyTest {
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
    void stillRunsShowCommands() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-01", "command", "show interfaces terse"));

        assertThat(result.isError()).isFalse();
    }

    @Test
    void refusesCommandsThatChangeState() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-01", "command", "clear bgp neighbor all"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Command 'clear bgp neighbor all' is refused: this server or caller is "
                + "read-only");
    }
}
