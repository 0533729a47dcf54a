package io.jmcp.server.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the server answers where: {@code /mcp}, {@code /mcp/}, {@code /healthz}, and nothing else. */
class EndpointsTest {
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
    void servesMcpWithATrailingSlashAsTheSeedsClientsUseIt() {
        HttpResponse<String> response = server.send(server.mcpRequest("/mcp/")
                .header("Authorization", "Bearer " + server.configToken())
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"serverInfo\"");
    }

    @Test
    void guardsMcpWithATrailingSlashLikeMcp() {
        HttpResponse<String> response = server.send(server.mcpRequest("/mcp/")
                .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void answersHealthzWithoutAuthenticationAndWithoutDetail() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.endpoint().resolve("/healthz"))
                .timeout(HttpServerFixture.TIMEOUT).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void answersOnlyGetOnHealthz() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.endpoint().resolve("/healthz"))
                .timeout(HttpServerFixture.TIMEOUT).POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void answersNotFoundElsewhere() {
        HttpResponse<String> root = server.send(server.mcpRequest("/").GET());
        assertThat(root.statusCode()).isEqualTo(404);
        for (String path : new String[] {"/mcp/extra", "/MCP", "/sse", "/messages/"}) {
            HttpResponse<String> response = server.send(server.mcpRequest(path)
                    .header("Authorization", "Bearer " + server.configToken())
                    .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }
}
