package io.jmcp.server.http;

import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.Scope;
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
 * {@code -XX:DumpLoadedClassList} to list the classes of the class-data-sharing archive that later
 * starts map instead of loading and verifying thousands of classes: the server starts on one
 * simulated router in this JVM, on a free loopback port, and a client in this JVM sends what a
 * client's first minute asks (initialize, the lists, a command and the facts of a router), so that
 * the archive holds the classes of the first answered requests and of the first tool call. The
 * client presents a bearer token from a token file, as every client of a real server does, so that
 * the token check is archived too.
 */
public final class ClassArchiveTraining {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);
    private static final String SESSION_HEADER = "Mcp-Session-Id";

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        // A token file of its own, whatever the working directory holds; it is deleted with its folder.
        Path folder = Files.createTempDirectory("jmcp-training-");
        Path tokens = folder.resolve(".tokens");
        String token = new TokenFile(tokens).generate("class-archive-training", "the class-archive training's client",
                Scope.CONFIG).token();
        try (JmcpHttpServer server = HttpServerMain.launch(Map.of(), System.err, "--demo", "1", "-H", "127.0.0.1",
                "-p", "0", "--tokens", tokens.toString(), "--log-level", "WARN")) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_TIMEOUT).build();
            List<String> messages = ArchiveTrainingSession.MESSAGES;
            HttpResponse<String> initialized = post(client, server.endpoint(), token, messages.get(0), Optional.empty());
            Optional<String> session = initialized.headers().firstValue(SESSION_HEADER);
            for (String message : messages.subList(1, messages.size())) {
                post(client, server.endpoint(), token, message, session);
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
        // The class list is complete; threads the session leaves (SSH, workers) must not keep the JVM up.
        System.exit(0);
    }

    private static HttpResponse<String> post(HttpClient client, URI endpoint, String token, String message,
            Optional<String> session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + token)
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
