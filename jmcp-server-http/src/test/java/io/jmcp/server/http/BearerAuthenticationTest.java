package io.jmcp.server.http;

import io.jmcp.core.spi.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BearerAuthenticationTest {
    private static final String MISSING = "{\"error\":\"Missing or invalid Authorization header\"}";
    private static final String INVALID = "{\"error\":\"Invalid token\"}";

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

    @Test
    void acceptsAValidToken() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isPresent();
    }

    @Test
    void refusesARequestWithoutAuthorizationHeader() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(MISSING);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YWxpY2U6c2VjcmV0", "Bearer", "Bearer ", "Bearer two words", "Token jmcp_abc",
            "Bearer jmcp_abc\"", "jmcp_abc"})
    void refusesAMalformedAuthorizationHeader(String header) {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", header)
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(MISSING);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void refusesAnUnknownToken() {
        HttpResponse<String> response = server.send(server.post("jmcp_not-a-token-of-this-server", HttpServerFixture.INITIALIZE));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(INVALID);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "bearer " + server.readToken())
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesEveryMethodWithoutToken() {
        HttpResponse<String> get = server.send(server.mcpRequest(McpHttpServer.ENDPOINT).GET());
        HttpResponse<String> delete = server.send(server.mcpRequest(McpHttpServer.ENDPOINT).DELETE());

        assertThat(get.statusCode()).isEqualTo(401);
        assertThat(delete.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesARevokedTokenWithinASecondWhileRunning() throws InterruptedException {
        String token = server.configToken();
        assertThat(server.send(server.post(token, HttpServerFixture.INITIALIZE)).statusCode()).isEqualTo(200);

        server.revoke(HttpServerFixture.CONFIGURER);
        Thread.sleep(1_000);

        HttpResponse<String> response = server.send(server.post(token, HttpServerFixture.INITIALIZE));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(INVALID);
    }

    @Test
    void acceptsATokenGeneratedWhileRunningWithinASecond() throws InterruptedException {
        String token = server.issueToken("carol", Scope.READ);
        Thread.sleep(1_000);

        assertThat(server.send(server.post(token, HttpServerFixture.INITIALIZE)).statusCode()).isEqualTo(200);
    }
}
