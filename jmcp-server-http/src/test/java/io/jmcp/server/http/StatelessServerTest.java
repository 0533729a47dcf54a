package io.jmcp.server.http;

import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.jmcp.server.http.HttpServerFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The MCP SDK's HTTP client against {@code --stateless --demo 2}: every request stands alone, with
 * the same tools, resources, prompts, tokens, scopes and guards as with sessions.
 */
@Timeout(120)
class StatelessServerTest {
    @TempDir
    static Path directory;
    private static HttpServerFixture server;

    @BeforeAll
    static void start() {
        server = HttpServerFixture.startStateless(directory);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> toolNames(McpSyncClient client) {
        return client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    }

    @Test
    void initializesAsJmcpServerWithoutASession() {
        try (McpSyncClient client = server.client(server.configToken())) {
            assertThat(client.getServerInfo().name()).isEqualTo("jmcp-server");
            assertThat(client.getServerCapabilities().tools()).isNotNull();
        }
        HttpResponse<String> initialize = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE));
        assertThat(initialize.statusCode()).isEqualTo(200);
        assertThat(initialize.headers().firstValue("Mcp-Session-Id")).isEmpty();
    }

    @Test
    void listsTheTools() {
        try (McpSyncClient client = server.client(server.configToken())) {
            assertThat(toolNames(client)).contains("get_router_list", "execute_junos_command", "load_and_commit_config");
        }
    }

    @Test
    void callsGetRouterList() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest("get_router_list", Map.of()));

            assertThat(result.isError()).isFalse();
            assertThat(text(result)).contains("\"vsim-01\"", "\"vsim-02\"");
        }
    }

    @Test
    void runsACommandOnASimulatedDevice() {
        try (McpSyncClient client = server.client(server.readToken())) {
            CallToolResult result = client.callTool(new CallToolRequest("execute_junos_command",
                    Map.of("router_name", "vsim-02", "command", "show version")));

            assertThat(result.isError()).isFalse();
            assertThat(text(result)).contains("Hostname: vsim-02");
        }
    }

    @Test
    void commitsAConfigurationChange() {
        try (McpSyncClient client = server.client(server.configToken())) {
            CallToolResult commit = client.callTool(new CallToolRequest("load_and_commit_config", Map.of(
                    "router_name", "vsim-01", "config_text", "set system location building stateless-lab",
                    "config_format", "set", "commit_comment", "stateless test")));
            CallToolResult config = client.callTool(new CallToolRequest("get_junos_config",
                    Map.of("router_name", "vsim-01")));

            assertThat(commit.isError()).as(text(commit)).isFalse();
            assertThat(text(config)).contains("building stateless-lab");
        }
    }

    @Test
    void aReadTokenSeesNoMutatingTool() {
        try (McpSyncClient client = server.client(server.readToken())) {
            assertThat(toolNames(client)).contains("get_router_list")
                    .doesNotContain(ChangeProbeTool.NAME, "load_and_commit_config", "add_device");
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
    void aConfigTokenCallsAMutatingToolAsItsHolder() {
        try (McpSyncClient client = server.client(server.configToken())) {
            assertThat(text(client.callTool(new CallToolRequest(ChangeProbeTool.NAME, Map.of()))))
                    .isEqualTo("changed by configurer");
        }
    }

    @Test
    void refusesATokenRevokedWhileRunning() throws InterruptedException {
        String token = server.issueToken("revoked-soon", Scope.CONFIG);
        try (McpSyncClient client = server.client(awaitAccepted(token))) {
            server.revoke("revoked-soon");
            awaitRefused(token);

            assertThatThrownBy(() -> client.callTool(new CallToolRequest("get_router_list", Map.of())))
                    .isInstanceOf(McpHttpClientTransportAuthorizationException.class);
        }
    }

    @Test
    void answersACallWithAProgressTokenWithItsResultAlone() {
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.client(server.readToken(), spec -> spec.progressConsumer(progress::add))) {
            CallToolResult result = client.callTool(CallToolRequest.builder()
                    .name(ProgressProbeTool.NAME).arguments(Map.of()).progressToken("progress-1").build());

            assertThat(text(result)).isEqualTo("done");
            assertThat(progress).isEmpty();
        }
    }

    @Test
    void tellsAClientWithElicitationThatFormsNeedASession() {
        List<String> asked = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.client(server.readToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(request -> {
                    asked.add(request.message());
                    return new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("colour", "green"));
                }))) {
            CallToolResult result = client.callTool(new CallToolRequest(ElicitationProbeTool.NAME, Map.of()));

            assertThat(asked).isEmpty();
            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("needs a stateful MCP session", "without --stateless",
                    "pass the arguments directly");
        }
    }

    @Test
    void listsEachRoutersResources() {
        try (McpSyncClient client = server.client(server.readToken())) {
            assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                    .contains("junos://devices", "junos://devices/vsim-01/config", "junos://devices/vsim-02/facts");
        }
    }

    @Test
    void aReadTokenReadsARoutersConfiguration() {
        try (McpSyncClient client = server.client(server.readToken())) {
            TextResourceContents config = (TextResourceContents) client.readResource(
                    new ReadResourceRequest("junos://devices/vsim-02/config")).contents().get(0);

            assertThat(config.mimeType()).isEqualTo("text/plain");
            assertThat(config.text()).contains("host-name vsim-02");
        }
    }

    @Test
    void aReadTokenGetsReadingPromptsButNotTheOneThatChangesConfiguration() {
        try (McpSyncClient client = server.client(server.readToken())) {
            McpError refusal = catchThrowableOfType(McpError.class, () -> client.getPrompt(new GetPromptRequest(
                    "safe_config_change", Map.of("router_name", "vsim-01", "change", "set system location building 2"))));

            assertThat(refusal.getMessage()).contains("may not use prompt 'safe_config_change'");
            assertThat(client.getPrompt(new GetPromptRequest("troubleshoot_interface",
                    Map.of("router_name", "vsim-01", "interface_name", "ge-0/0/0"))).messages()).isNotEmpty();
        }
    }

    @Test
    void answersGetWith405() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + server.configToken()).GET());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void answersDeleteWith405() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + server.configToken()).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void stillRefusesARequestWithoutToken() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.TOOLS_LIST)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"Missing or invalid Authorization header\"}");
    }

    @Test
    void stillRefusesAForeignOrigin() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), HttpServerFixture.TOOLS_LIST)
                .header("Origin", "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void answersABrowserPreflightWithoutToken() {
        String origin = "http://localhost:6274";

        CorsTest.assertAllowsThePreflightOf(origin, server.send(CorsTest.preflight(server, origin)));
    }

    /** The token, once the running server has read it from the token file. */
    private static String awaitAccepted(String token) throws InterruptedException {
        awaitStatus(token, 200);
        return token;
    }

    private static void awaitRefused(String token) throws InterruptedException {
        awaitStatus(token, 401);
    }

    /** Polls until a tools/list with {@code token} gets {@code status}; the token file is re-read within a second. */
    private static void awaitStatus(String token, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int seen = server.send(server.post(token, HttpServerFixture.TOOLS_LIST)).statusCode();
        while (seen != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            seen = server.send(server.post(token, HttpServerFixture.TOOLS_LIST)).statusCode();
        }
        assertThat(seen).isEqualTo(status);
    }
}
