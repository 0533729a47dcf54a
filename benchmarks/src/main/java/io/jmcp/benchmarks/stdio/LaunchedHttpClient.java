package io.jmcp.benchmarks.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The cold-start benchmark's client for the HTTP server: it launches the server command, then sends
 * {@code initialize} as soon as the listener accepts a connection (tried every few milliseconds:
 * launch to the first answered request is what is measured), and calls tools in that MCP session.
 * Closing stops the server (SIGTERM, then a kill if it has not stopped within {@link #STOP_TIMEOUT}).
 *
 * <p>The benchmark shares the server's cores, so what it does while the server starts is kept small:
 * it waits for the port with bare TCP connects, not with HTTP requests (each failed one raised an
 * exception through the HTTP client's machinery), and one HTTP client serves every run (a new one
 * started its selector thread, cold, in the middle of the server's start).
 */
final class LaunchedHttpClient implements BenchmarkClient {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CALL_TIMEOUT = LineStdioClient.CALL_TIMEOUT;
    /** How often a connection is tried while the server starts: the resolution of the figure. */
    private static final long CONNECT_RETRY_MILLIS = 5;
    private static final String PROTOCOL_VERSION = "2025-06-18";
    private static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final McpJsonMapper json = McpJsonDefaults.getMapper();
    private final Process server;
    private final URI endpoint;
    private Optional<String> session = Optional.empty();
    private long lastId;
    private final long initializeAnsweredNanos;

    LaunchedHttpClient(List<String> serverCommand, URI endpoint) {
        this.endpoint = endpoint;
        try {
            server = new ProcessBuilder(serverCommand).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + serverCommand, e);
        }
        try {
            HttpResponse<String> initialized = firstAnswer(Map.of("protocolVersion", PROTOCOL_VERSION,
                    "capabilities", Map.of(), "clientInfo", Map.of("name", "jmcp-benchmark", "version", "1")));
            initializeAnsweredNanos = System.nanoTime();
            session = initialized.headers().firstValue(SESSION_HEADER);
            post(json.writeValueAsString(Map.of("jsonrpc", "2.0", "method", "notifications/initialized")));
        } catch (IOException | RuntimeException failure) {
            close();
            throw new IllegalStateException("the HTTP server did not start: " + failure.getMessage(), failure);
        } catch (InterruptedException interrupted) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the HTTP server started", interrupted);
        }
    }

    @Override
    public long initializeAnsweredNanos() {
        return initializeAnsweredNanos;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> structuredResult(String name, Map<String, Object> arguments) {
        return (Map<String, Object>) toolResult(name, arguments).get("structuredContent");
    }

    @Override
    public void close() {
        server.destroy();
        try {
            if (!server.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Sends initialize once the server listens: refused connections are the server still starting. */
    private HttpResponse<String> firstAnswer(Map<String, Object> params) throws IOException, InterruptedException {
        String initialize = json.writeValueAsString(message(++lastId, "initialize", params));
        InetSocketAddress listener = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                awaitConnectable(listener);
                return post(initialize);
            } catch (ConnectException notListeningYet) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("the server exited with code " + server.exitValue());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server did not listen within " + START_TIMEOUT);
                }
                Thread.sleep(CONNECT_RETRY_MILLIS);
            }
        }
    }

    /** Returns once a TCP connection to the listener succeeds; throws ConnectException while refused. */
    private static void awaitConnectable(InetSocketAddress listener) throws IOException {
        try (Socket probe = new Socket()) {
            probe.connect(listener, (int) CALL_TIMEOUT.toMillis());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toolResult(String name, Map<String, Object> arguments) {
        try {
            String body = post(json.writeValueAsString(message(++lastId, "tools/call",
                    Map.of("name", name, "arguments", arguments)))).body();
            Map<String, Object> response = json.readValue(jsonOf(body), Map.class);
            Map<String, Object> result = (Map<String, Object>) response.get("result");
            if (result == null || Boolean.TRUE.equals(result.get("isError"))) {
                throw new IllegalStateException(name + " failed: " + body);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + name, e);
        }
    }

    private static Map<String, Object> message(long id, String method, Map<String, Object> params) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("jsonrpc", "2.0");
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        return message;
    }

    /** The JSON-RPC message of an answer, sent as JSON or as one server-sent event. */
    private static String jsonOf(String body) {
        return body.lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).strip())
                .findFirst().orElse(body);
    }

    private HttpResponse<String> post(String message) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", PROTOCOL_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(message));
        session.ifPresent(id -> request.header(SESSION_HEADER, id));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the server answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
