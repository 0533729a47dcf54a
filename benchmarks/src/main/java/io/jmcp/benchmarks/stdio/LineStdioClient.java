package io.jmcp.benchmarks.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The leanest MCP client over stdio: the calling thread writes a JSON-RPC request as one line and
 * reads lines until the response with its id, skipping notifications. No reader thread, no
 * scheduler: what it measures is the server, not client machinery competing for the cores. A
 * watchdog thread, waking once a second, kills a server that leaves a call unanswered for
 * {@link #CALL_TIMEOUT}, which ends the blocked read.
 */
final class LineStdioClient implements BenchmarkClient {
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);
    private static final String PROTOCOL_VERSION = "2025-06-18";

    private final McpJsonMapper json = McpJsonDefaults.getMapper();
    private final Process server;
    private final Writer requests;
    private final BufferedReader responses;
    private final Thread watchdog;
    private static final long NO_CALL = Long.MIN_VALUE;

    /** System.nanoTime() by which the outstanding call must be answered, or NO_CALL. */
    private volatile long answerDeadline = NO_CALL;
    private long lastId;
    private final long initializeAnsweredNanos;

    LineStdioClient(List<String> serverCommand) {
        try {
            server = new ProcessBuilder(serverCommand).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + serverCommand, e);
        }
        requests = new OutputStreamWriter(server.getOutputStream(), StandardCharsets.UTF_8);
        responses = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        watchdog = new Thread(this::killServerWhenLate, "benchmark-client-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        request("initialize", Map.of("protocolVersion", PROTOCOL_VERSION, "capabilities", Map.of(),
                "clientInfo", Map.of("name", "jmcp-benchmark", "version", "1")));
        initializeAnsweredNanos = System.nanoTime();
        send(Map.of("jsonrpc", "2.0", "method", "notifications/initialized"));
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
        watchdog.interrupt();
        try {
            requests.close();
            if (!server.waitFor(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (IOException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Object> toolResult(String name, Map<String, Object> arguments) {
        Map<String, Object> result = request("tools/call", Map.of("name", name, "arguments", arguments));
        if (Boolean.TRUE.equals(result.get("isError"))) {
            throw new IllegalStateException(name + " failed: " + result.get("content"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> request(String method, Map<String, Object> params) {
        long id = ++lastId;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("jsonrpc", "2.0");
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        answerDeadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
        try {
            send(message);
            while (true) {
                Map<String, Object> response = read(method);
                if (response.containsKey("error") && idMatches(response, id)) {
                    throw new IllegalStateException(method + " failed: " + response.get("error"));
                }
                if (idMatches(response, id)) {
                    return (Map<String, Object>) response.get("result");
                }
            }
        } finally {
            answerDeadline = NO_CALL;
        }
    }

    private static boolean idMatches(Map<String, Object> response, long id) {
        return response.get("id") instanceof Number number && number.longValue() == id;
    }

    private void send(Map<String, Object> message) {
        try {
            requests.write(json.writeValueAsString(message));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the server", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String method) {
        try {
            String line = responses.readLine();
            if (line == null) {
                throw new IllegalStateException("the server closed stdout during " + method
                        + (server.isAlive() ? "" : " (exit " + server.exitValue() + ")"));
            }
            return json.readValue(line, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's response to " + method, e);
        }
    }

    private void killServerWhenLate() {
        try {
            while (true) {
                TimeUnit.SECONDS.sleep(1);
                long deadline = answerDeadline;
                if (deadline != NO_CALL && System.nanoTime() - deadline > 0) {
                    System.err.println("the server left a call unanswered for " + CALL_TIMEOUT + "; killing it");
                    server.destroyForcibly();
                    return;
                }
            }
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }
}
