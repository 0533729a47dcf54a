package io.jmcp.server.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifecycleTest {
    @TempDir
    Path directory;
    private HttpServerFixture server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String initialize() {
        HttpResponse<String> initialized = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE));
        return initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
    }

    private int listTools(String sessionId) {
        return server.send(server.post(server.configToken(), HttpServerFixture.TOOLS_LIST)
                .header("Mcp-Session-Id", sessionId)).statusCode();
    }

    @Test
    void endsASessionOnDelete() {
        server = HttpServerFixture.start(directory);
        String sessionId = initialize();

        HttpResponse<String> deleted = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + server.configToken())
                .header("Mcp-Session-Id", sessionId)
                .DELETE());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(listTools(sessionId)).isEqualTo(404);
    }

    @Test
    void closesAnIdleSession() throws InterruptedException {
        server = HttpServerFixture.start(directory, "--session-idle-timeout", "PT0.2S");
        String sessionId = initialize();

        // Idle sessions go at the first sweep after a whole idle interval, so within two intervals;
        // asking meanwhile would keep the session alive.
        Thread.sleep(1_000);

        assertThat(listTools(sessionId)).isEqualTo(404);
    }
}
