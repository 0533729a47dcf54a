package io.jmcp.examples.it;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a jmcp server started from the README must do for an initialized MCP client. */
final class ServerAnswers {

    private ServerAnswers() {
    }

    /**
     * The server names itself, offers the seed's tools and runs a command on {@code router}.
     *
     * @param serverLog what the server logged, for failure messages
     */
    static void assertServesRouter(McpSyncClient client, String router, String serverLog) {
        assertThat(client.getServerInfo().name()).isEqualTo("jmcp-server");
        assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
                .contains("get_router_list", "execute_junos_command");
        CallToolResult version = client.callTool(new McpSchema.CallToolRequest("execute_junos_command",
                Map.of("router_name", router, "command", "show version")));
        assertThat(version.isError()).as("%s\nserver log:\n%s", StdioServer.text(version), serverLog).isFalse();
        assertThat(StdioServer.text(version)).contains("Hostname:");
    }
}
