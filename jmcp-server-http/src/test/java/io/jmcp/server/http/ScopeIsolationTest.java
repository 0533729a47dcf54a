package io.jmcp.server.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A session belongs to the scope it was made in: its id is unknown under the other scope. */
class ScopeIsolationTest {
    @TempDir
    Path directory;
    private HttpServerFixture server;

    @BeforeEach
    void start() {
        server = HttpServerFixture.start(directory);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> listTools(String token, String sessionId) {
        return server.send(server.post(token, HttpServerFixture.TOOLS_LIST).header("Mcp-Session-Id", sessionId));
    }

    @Test
    void aReadTokenCannotUseASessionMadeWithAConfigToken() {
        String configSession = server.openSession(server.configToken());

        assertThat(listTools(server.readToken(), configSession).statusCode()).isEqualTo(404);
    }

    @Test
    void aConfigTokenCannotUseASessionMadeWithAReadToken() {
        String readSession = server.openSession(server.readToken());

        assertThat(listTools(server.configToken(), readSession).statusCode()).isEqualTo(404);
    }

    @Test
    void eachTokenUsesTheSessionsOfItsOwnScope() {
        String readSession = server.openSession(server.readToken());
        String configSession = server.openSession(server.configToken());

        assertThat(listTools(server.readToken(), readSession).statusCode()).isEqualTo(200);
        assertThat(listTools(server.configToken(), configSession).statusCode()).isEqualTo(200);
    }
}
