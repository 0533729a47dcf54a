package io.jmcp.examples.it;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static io.jmcp.examples.it.StdioServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quick start, run as written from the repository's root: the server it starts
 * answers an MCP client (initialize, tools/list, a call on a demo router). If the README changes
 * its quick start, this test runs the new one.
 */
class ReadmeQuickStartIT {

    @Test
    void quickStartServerAnswersAnMcpClient() throws IOException {
        String command = ReadmeQuickStart.serverCommand(Files.readString(Repository.readme()));

        try (StdioServer server = StdioServer.command("bash", "-c", command)
                .workingDirectory(Repository.root()).start()) {
            assertThat(server.client().getServerInfo().name()).isEqualTo("jmcp-server");
            assertThat(server.client().listTools().tools()).extracting(McpSchema.Tool::name)
                    .contains("get_router_list", "execute_junos_command");
            CallToolResult routers = server.call("get_router_list", Map.of());
            assertThat(routers.isError()).as(text(routers)).isFalse();
            assertThat(text(routers)).contains("vsim-01");
        }
    }
}
