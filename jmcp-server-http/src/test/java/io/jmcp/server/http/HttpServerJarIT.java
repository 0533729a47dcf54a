package io.jmcp.server.http;

import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar as users run it: refusals at startup, the loopback override, the startup line, SIGTERM. */
@Timeout(300)
class HttpServerJarIT {
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path directory;

    private static HttpResponse<String> initialize(URI endpoint, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(HttpServerFixture.TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpServerFixture.send(HttpClient.newHttpClient(), request);
    }

    @Test
    void refusesToStartWithoutATokenFile() throws Exception {
        try (ServerJar server = ServerJar.start(directory, List.of("--demo", "1", "-p", "0"))) {
            assertThat(server.exitCode()).isEqualTo(2);
            assertThat(server.errors()).contains("No token file at " + directory.resolve(".tokens"),
                    "jmcp-token-cli.jar generate --id NAME").doesNotContain("\tat ");
        }
    }

    @Test
    void refusesTheUnauthenticatedOverrideOnAllAddresses() throws Exception {
        try (ServerJar server = ServerJar.start(directory,
                List.of("--demo", "1", "-p", "0", "--allow-unauthenticated-http", "-H", "0.0.0.0"))) {
            assertThat(server.exitCode()).isEqualTo(2);
            assertThat(server.errors()).contains("only allowed when listening on loopback", "not on 0.0.0.0");
        }
    }

    @Test
    void servesLoopbackWithoutTokensWhenToldToAndWarnsLoudly() throws Exception {
        try (ServerJar server = ServerJar.start(directory,
                List.of("--demo", "1", "-p", "0", "--allow-unauthenticated-http"))) {
            URI endpoint = server.endpoint();

            assertThat(initialize(endpoint, null).statusCode()).isEqualTo(200);
            assertThat(server.errors()).contains("WARN", "AUTHENTICATION IS OFF");
        }
    }

    @Test
    void logsAtInfoItsListenerRoutersAndAuthenticationButNoLibraryChatter() throws Exception {
        String token = new TokenFile(directory.resolve(".tokens")).generate("ops", null, Scope.CONFIG).token();
        try (ServerJar server = ServerJar.start(directory, List.of("--demo", "2", "-p", "0"))) {
            URI endpoint = server.endpoint();
            assertThat(initialize(endpoint, token).statusCode()).isEqualTo(200);
            // initialize is answered while the tools are built; the routers are logged once they are.
            assertThat(server.awaitLog("Serving 2 routers")).as(server.errors()).isTrue();

            List<String> info = server.errors().lines().filter(line -> line.contains(" INFO ")).toList();
            assertThat(info).anySatisfy(line -> assertThat(line).containsPattern(
                    "Serving 2 routers with \\d+ tools: vsim-01, vsim-02$"));
            assertThat(info).anySatisfy(line -> assertThat(line).contains("Token-based authentication enabled"));
            assertThat(info).anySatisfy(line -> assertThat(line).contains("with transport 'streamable-http' on "
                    + endpoint));
            assertThat(info).as("INFO lines come from jmcp only (Undertow, XNIO, MINA, BouncyCastle, the MCP SDK: WARN)")
                    .allSatisfy(line -> assertThat(line).matches(".* INFO  \\[[^]]+] i(o)?\\.j(mcp)?\\..*"));
        }
    }

    @Test
    void logsTheUrlWithTheBoundPortAndStopsCleanlyOnSigterm() throws Exception {
        String token = new TokenFile(directory.resolve(".tokens")).generate("ops", null, Scope.CONFIG).token();
        try (ServerJar server = ServerJar.start(directory, List.of("--demo", "1", "-p", "0"))) {
            URI endpoint = server.endpoint();
            assertThat(endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+/mcp");
            assertThat(initialize(endpoint, token).statusCode()).isEqualTo(200);
            assertThat(initialize(endpoint, null).statusCode()).isEqualTo(401);

            assertThat(server.terminate()).isEqualTo(SIGTERM_EXIT);
            assertThat(server.errors()).contains("Token-based authentication enabled",
                    "Clients must send 'Authorization: Bearer <token>' header", "Shutting down");
        }
    }
}
