package io.jmcp.server.http;

import io.jmcp.server.common.ArchiveTrainingSession;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One short session of the HTTP server, run by {@code bin/jmcp} (and the Docker build) under
 * {@code -XX:ArchiveClassesAtExit} to make the class-data-sharing archive later starts map instead
 * of loading and verifying thousands of classes: the server starts on one simulated router in this
 * JVM, on a free loopback port, and a client in this JVM sends what a client's first minute asks
 * (initialize, the lists, a command and the facts of a router), so that the archive holds the
 * classes of the first answered requests and of the first tool call.
 */
public final class ClassArchiveTraining {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);
    private static final String SESSION_HEADER = "Mcp-Session-Id";

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        // No token file, whatever the working directory holds: the loopback listener serves this JVM only.
        Path noTokens = Files.createTempDirectory("jmcp-training-").resolve("absent.tokens");
        try (JmcpHttpServer server = HttpServerMain.launch(Map.of(), System.err, "--demo", "1", "-H", "127.0.0.1",
                "-p", "0", "--tokens", noTokens.toString(), "--allow-unauthenticated-http", "--log-level", "WARN")) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_TIMEOUT).build();
            List<String> messages = ArchiveTrainingSession.MESSAGES;
            HttpResponse<String> initialized = post(client, server.endpoint(), messages.get(0), Optional.empty());
            Optional<String> session = initialized.headers().firstValue(SESSION_HEADER);
            for (String message : messages.subList(1, messages.size())) {
                post(client, server.endpoint(), message, session);
            }
        } finally {
            Files.deleteIfExists(noTokens.getParent());
        }
        // The archive is written as the JVM exits.
        System.exit(0);
    }

    private static HttpResponse<String> post(HttpClient client, URI endpoint, String message, Optional<String> session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", ArchiveTrainingSession.PROTOCOL_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(message));
        session.ifPresent(id -> request.header(SESSION_HEADER, id));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the HTTP server answered " + response.statusCode() + " to " + message + ": "
                    + response.body());
        }
        return response;
    }
}
