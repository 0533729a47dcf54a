package io.jmcp.server.http;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.jmcp.server.http.HttpServerFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The MCP SDK's own HTTP client against the server with a simulated device, as VS Code would use it. */
class ToolCallsOverHttpTest {
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

    @Test
    void initializesAsJmcpServer() {
        try (McpSyncClient client = server.client(server.configToken())) {
            assertThat(client.getServerInfo().name()).isEqualTo("jmcp-server");
            assertThat(client.getServerCapabilities().tools()).isNotNull();
        }
    }

    @Test
    void listsTheTools() {
        try (McpSyncClient client = server.client(server.configToken())) {
            List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();

            assertThat(names).contains("get_router_list", "execute_junos_command");
        }
    }

    @Test
    void callsGetRouterList() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest("get_router_list", Map.of()));

            assertThat(result.isError()).isFalse();
            assertThat(text(result)).contains("\"vsim-01\"");
        }
    }

    @Test
    void runsACommandOnTheSimulatedDevice() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest("execute_junos_command",
                    Map.of("router_name", "vsim-01", "command", "show version")));

            assertThat(result.isError()).isFalse();
            assertThat(text(result)).contains("Hostname: vsim-01");
        }
    }

    @Test
    void reportsAnUnknownRouterAsAnErrorResult() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest("execute_junos_command",
                    Map.of("router_name", "nowhere", "command", "show version")));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("nowhere");
        }
    }

    @Test
    void deliversProgressNotifications() throws InterruptedException {
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        CountDownLatch allArrived = new CountDownLatch(ProgressProbeTool.STEPS);
        try (McpSyncClient client = server.client(server.readToken(), spec -> spec.progressConsumer(notification -> {
            progress.add(notification);
            allArrived.countDown();
        }))) {
            CallToolResult result = client.callTool(CallToolRequest.builder()
                    .name(ProgressProbeTool.NAME).arguments(Map.of()).progressToken("progress-1").build());

            assertThat(text(result)).isEqualTo("done");
            // The client hands each notification to the consumer on its own thread: order and timing vary.
            assertThat(allArrived.await(HttpServerFixture.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(progress).extracting(McpSchema.ProgressNotification::progress)
                    .containsExactlyInAnyOrder(1.0, 2.0, 3.0);
            assertThat(progress).allSatisfy(notification -> {
                assertThat(notification.progressToken()).isEqualTo("progress-1");
                assertThat(notification.total()).isEqualTo(3.0);
            });
        }
    }

    @Test
    void carriesAnElicitationRoundTrip() {
        List<String> asked = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.client(server.readToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(request -> {
                    asked.add(request.message());
                    return new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("colour", "green"));
                }))) {
            CallToolResult result = client.callTool(new CallToolRequest(ElicitationProbeTool.NAME, Map.of()));

            assertThat(asked).containsExactly("Which colour?");
            assertThat(text(result)).isEqualTo("colour: green");
        }
    }

    @Test
    void carriesADeclinedElicitation() {
        try (McpSyncClient client = server.client(server.readToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(request -> new ElicitResult(ElicitResult.Action.DECLINE, null)))) {
            CallToolResult result = client.callTool(new CallToolRequest(ElicitationProbeTool.NAME, Map.of()));

            assertThat(text(result)).isEqualTo("answer: decline");
        }
    }

    @Test
    void tellsAClientWithoutElicitationThatItCannotBeAsked() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest(ElicitationProbeTool.NAME, Map.of()));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("does not support elicitation");
        }
    }
}
