package io.jmcp.server.http;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.jmcp.server.http.HttpServerFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Per-token scopes: a read token sees and calls only read-only tools; a config token everything. */
class ScopesOverHttpTest {
    @TempDir
    static Path directory;
    private static HttpServerFixture server;

    @BeforeAll
    static void start() {
        server = HttpServerFixture.start(directory);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> toolNames(McpSyncClient client) {
        return client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    }

    @Test
    void aReadTokenDoesNotSeeMutatingTools() {
        try (McpSyncClient client = server.client(server.readToken())) {
            assertThat(toolNames(client)).contains("get_router_list").doesNotContain(ChangeProbeTool.NAME);
        }
    }

    @Test
    void aReadTokenCannotCallAMutatingTool() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest(ChangeProbeTool.NAME, Map.of()));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("'reader' may not call '" + ChangeProbeTool.NAME + "'");
        }
    }

    @Test
    void aReadTokenCannotRunAStateChangingCommand() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest("execute_junos_command",
                    Map.of("router_name", "vsim-01", "command", "clear bgp neighbor all")));

            assertThat(result.isError()).isTrue();
        }
    }

    @Test
    void aConfigTokenSeesAndCallsMutatingTools() {
        try (McpSyncClient client = server.client(server.configToken())) {
            assertThat(toolNames(client)).contains(ChangeProbeTool.NAME);

            CallToolResult result = client.callTool(new CallToolRequest(ChangeProbeTool.NAME, Map.of()));

            assertThat(result.isError()).isFalse();
            assertThat(text(result)).isEqualTo("changed by configurer");
        }
    }
}
