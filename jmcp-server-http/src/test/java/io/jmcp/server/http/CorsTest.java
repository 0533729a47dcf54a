package io.jmcp.server.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS for browser MCP clients: preflights from allowed origins are answered without a token,
 * responses to them name the origin (never {@code *}); other origins get 403 and no CORS headers,
 * token or not.
 */
class CorsTest {
    private static final String LISTED_ORIGIN = "https://console.example.net";
    private static final String INSPECTOR_ORIGIN = "http://localhost:6274";

    @TempDir
    static Path directory;
    private static HttpServerFixture server;

    @BeforeAll
    static void start() {
        server = HttpServerFixture.start(directory, "--allowed-origin", LISTED_ORIGIN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What a browser sends before a POST with an Authorization header: no credentials. */
    static HttpRequest.Builder preflight(HttpServerFixture server, String origin) {
        return HttpRequest.newBuilder(server.endpoint())
                .timeout(HttpServerFixture.TIMEOUT)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,mcp-protocol-version")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    static void assertAllowsThePreflightOf(String origin, HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, DELETE, OPTIONS");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, "
                + "Content-Type, Accept, Mcp-Session-Id, MCP-Protocol-Version, Last-Event-ID");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("7200");
        assertThat(response.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void answersAPreflightFromALoopbackOriginWithoutToken() {
        assertAllowsThePreflightOf(INSPECTOR_ORIGIN, server.send(preflight(server, INSPECTOR_ORIGIN)));
    }

    @Test
    void answersAPreflightFromAListedOrigin() {
        assertAllowsThePreflightOf(LISTED_ORIGIN, server.send(preflight(server, LISTED_ORIGIN)));
    }

    @Test
    void refusesAPreflightFromAForeignOriginWith403() {
        HttpResponse<String> response = server.send(preflight(server, "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void refusesAPreflightFromAListedOriginOnAnotherPort() {
        assertThat(server.send(preflight(server, LISTED_ORIGIN + ":8443")).statusCode()).isEqualTo(403);
    }

    @Test
    void letsAnAllowedOriginReadTheResponseAndTheSessionId() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE)
                .header("Origin", INSPECTOR_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isPresent();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(INSPECTOR_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed).contains("Mcp-Session-Id"));
        assertThat(response.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void letsAnAllowedOriginReadAnAuthenticationFailure() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Origin", LISTED_ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED_ORIGIN);
    }

    @Test
    void givesAForeignOriginNoCorsHeadersAnd403() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE)
                .header("Origin", "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).isEmpty();
    }

    @Test
    void refusesAForeignOriginBeforeAskingForAToken() {
        HttpResponse<String> response = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void addsNoCorsHeadersToRequestsWithoutOrigin() {
        HttpResponse<String> response = server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void refusesAnOptionsRequestThatIsNoPreflightAsAMethodTheEndpointDoesNotServe() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.endpoint())
                .timeout(HttpServerFixture.TIMEOUT)
                .header("Origin", INSPECTOR_ORIGIN)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("DELETE, GET, POST");
    }
}
