package io.jmcp.server.http;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --stateless}: no sessions, every request stands alone, still authenticated and guarded. */
class StatelessTransportTest {
    @TempDir
    Path directory;
    private HttpServerFixture server;

    @BeforeEach
    void start() {
        server = HttpServerFixture.start(directory, settings -> settings.stateless(true).maxRequestBytes(4096)
                .allowedOrigins(List.of()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersWithoutMakingASession() {
        HttpResponse<String> initialized = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE));

        assertThat(initialized.statusCode()).isEqualTo(200);
        assertThat(initialized.headers().firstValue("Mcp-Session-Id")).isEmpty();
    }

    @Test
    void answersARequestThatNeverInitialized() {
        HttpResponse<String> tools = server.send(server.post(server.readToken(), HttpServerFixture.TOOLS_LIST));

        assertThat(tools.statusCode()).isEqualTo(200);
        assertThat(tools.body()).contains("\"whoami\"");
    }

    @Test
    void servesTheSdkClientWithTheCallersPrincipal() {
        try (McpSyncClient client = server.client(server.configToken())) {
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("whoami", Map.of()));

            assertThat(((McpSchema.TextContent) result.content().get(0)).text()).isEqualTo("configurer CONFIG");
        }
    }

    @Test
    void stillRefusesRequestsWithoutToken() {
        HttpResponse<String> response = server.send(server.post("jmcp_wrong", HttpServerFixture.TOOLS_LIST));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void stillRefusesAForeignOrigin() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), HttpServerFixture.TOOLS_LIST)
                .header("Origin", "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void stillRefusesAnOversizedBody() {
        HttpResponse<String> response = server.send(server.post(server.configToken(),
                HttpServerFixture.TOOLS_LIST.replace("{}", "{\"pad\":\"" + "x".repeat(5000) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
    }
}
