package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The stdio server with {@code --demo 3}, driven by the MCP SDK's client as Claude Desktop would. */
class StdioServerDemoTest {
    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        server = McpServerProcess.start(StdioServerMain.class, "--demo", "3");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void introducesItselfAsTheJmcpServer() {
        assertThat(server.client().getServerInfo().name()).isEqualTo("jmcp-server");
    }

    @Test
    void offersTheRouterListAndTheCommandTool() {
        assertThat(server.client().listTools().tools()).extracting(McpSchema.Tool::name)
                .contains("get_router_list", "execute_junos_command");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheDemoRoutersWithoutCredentials() {
        CallToolResult result = server.call("get_router_list", Map.of());

        assertThat(result.isError()).isFalse();
        Map<String, Object> routers = (Map<String, Object>) result.structuredContent();
        assertThat(routers).containsOnlyKeys("vsim-01", "vsim-02", "vsim-03");
        assertThat((Map<String, Object>) routers.get("vsim-01"))
                .containsEntry("ip", "127.0.0.1")
                .containsEntry("auth", Map.of("type", "password"));
        assertThat(text(result)).contains("\"vsim-01\"");
    }

    @Test
    void saysAtInfoWhatItServesAndHowToTalkToItButNoLibraryChatter() {
        server.call("execute_junos_command", Map.of("router_name", "vsim-03", "command", "show version"));

        Eventually.await("the ready lines", () -> server.stderr().stream().anyMatch(line -> line.contains("To try it:")));
        List<String> info = server.stderr().stream().filter(line -> line.contains(" INFO ")).toList();
        assertThat(info).anySatisfy(line -> assertThat(line).containsPattern(
                "Serving 3 routers with \\d+ tools: vsim-01, vsim-02, vsim-03$"));
        assertThat(info).anySatisfy(line -> assertThat(line)
                .endsWith("Listening on stdio: MCP JSON-RPC on stdin and stdout, for the user who started it (no tokens)."));
        assertThat(info).anySatisfy(line -> assertThat(line).contains("To try it: npx @modelcontextprotocol/inspector --cli ")
                .endsWith(" --demo 3 --method tools/list"));
        assertThat(info).as("INFO lines come from jmcp only (MINA, BouncyCastle, the MCP SDK log at WARN)")
                .allSatisfy(line -> assertThat(line).matches(".* INFO  \\[[^]]+] i(o)?\\.j(mcp)?\\..*"));
    }

    @Test
    void runsACommandAndReturnsItsTextOutput() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-02", "command", "show version"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("Hostname:").contains("Junos:");
    }

    @Test
    void returnsJsonOutputWhenAsked() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-01", "command", "show version", "format", "json"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result).strip()).startsWith("{");
    }

    @Test
    void namesTheKnownRoutersForAnUnknownOne() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "core-9", "command", "show version"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo(
                "Router 'core-9' not found in the device mapping; known routers: vsim-01, vsim-02, vsim-03");
    }

    @Test
    void refusesABlockedCommandNamingThePattern() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-01", "command", "request  system   reboot"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("request system reboot").contains("block.cmd");
    }

    @Test
    void refusesAnUnknownOutputFormat() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-01", "command", "show version", "format", "yaml"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("format");
    }

    @Test
    void keepsServingAfterFailures() {
        server.call("execute_junos_command", Map.of("router_name", "nope", "command", "show version"));
        server.call("execute_junos_command", Map.of("router_name", "vsim-01", "command", "request system halt"));

        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "vsim-03", "command", "show system uptime"));

        assertThat(result.isError()).isFalse();
    }
}
