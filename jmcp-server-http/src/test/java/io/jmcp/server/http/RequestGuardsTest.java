package io.jmcp.server.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Origin and Host checks against DNS rebinding, and the request size limit. */
class RequestGuardsTest {
    private static final int MAX_REQUEST_BYTES = 4096;

    @TempDir
    Path directory;
    private HttpServerFixture server;

    @BeforeEach
    void start() {
        server = HttpServerFixture.start(directory, "--allowed-origin", "https://console.example.net",
                "--max-request-bytes", String.valueOf(MAX_REQUEST_BYTES));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> initializeFrom(String origin) {
        return server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE).header("Origin", origin));
    }

    @Test
    void refusesAForeignOriginWith403() {
        assertThat(initializeFrom("http://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesALoopbackNameOnAnotherSchemeOrAsAPrefix() {
        assertThat(initializeFrom("http://localhost.evil.example").statusCode()).isEqualTo(403);
        assertThat(initializeFrom("null").statusCode()).isEqualTo(403);
    }

    @Test
    void acceptsLoopbackOriginsOnAnyPort() {
        assertThat(initializeFrom("http://localhost:5173").statusCode()).isEqualTo(200);
        assertThat(initializeFrom("http://127.0.0.1:8080").statusCode()).isEqualTo(200);
        assertThat(initializeFrom("https://[::1]").statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsAnOriginListedWithAllowedOrigin() {
        assertThat(initializeFrom("https://console.example.net").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAListedOriginOnAnotherPort() {
        assertThat(initializeFrom("https://console.example.net:8443").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAForeignHostOnALoopbackBind() {
        String status = RawHttp.statusLine(server.endpoint(), """
                POST /mcp HTTP/1.1
                Host: rebound.evil.example
                Authorization: Bearer %s
                Content-Type: application/json
                Accept: application/json, text/event-stream
                Content-Length: %d
                Connection: close

                %s""".formatted(server.configToken(), HttpServerFixture.INITIALIZE.length(), HttpServerFixture.INITIALIZE));

        assertThat(status).startsWith("HTTP/1.1 421 ");
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), oversizedInitialize()));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWith413() {
        byte[] body = oversizedInitialize().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + server.configToken())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void refusesAnOversizedBodyWithoutTokenAs401BeforeReadingIt() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .POST(HttpRequest.BodyPublishers.ofString(oversizedInitialize())));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void keepsServingAfterRefusingAnOversizedBody() {
        server.send(server.post(server.configToken(), oversizedInitialize()));

        assertThat(server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE)).statusCode())
                .isEqualTo(200);
    }

    private static String oversizedInitialize() {
        return HttpServerFixture.INITIALIZE.replace("raw-http-test", "x".repeat(MAX_REQUEST_BYTES));
    }
}
