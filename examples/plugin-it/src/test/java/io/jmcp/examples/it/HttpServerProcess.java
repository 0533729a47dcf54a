package io.jmcp.examples.it;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A jmcp HTTP server running as a process of its own: the endpoint it logs once listening, MCP
 * clients for it, and SIGTERM to stop it. Its stderr is kept for failure messages.
 */
final class HttpServerProcess implements AutoCloseable {
    /** The exit code of a JVM ended by SIGTERM: the server's orderly shutdown. */
    static final int STOPPED_BY_SIGTERM = 143;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern STARTED = Pattern.compile("with transport 'streamable-http' on (\\S+)");

    private final Process process;
    private final List<String> errorLines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
    private final Thread errorReader;

    private HttpServerProcess(Process process) {
        this.process = process;
        this.errorReader = new Thread(this::readErrors, "http-server-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    static HttpServerProcess start(ProcessBuilder command) {
        try {
            Process process = command.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            return new HttpServerProcess(process);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void readErrors() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                errorLines.add(line);
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    endpoint.complete(URI.create(started.group(1)));
                }
            }
        } catch (IOException ended) {
            // The process is gone; what it wrote is in errorLines.
        }
        endpoint.completeExceptionally(new AssertionError("the server ended without serving:\n" + errors()));
    }

    /** The MCP endpoint the server logged once listening. */
    URI endpoint() {
        try {
            return endpoint.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new AssertionError(failed.getCause().getMessage(), failed.getCause());
        } catch (TimeoutException slow) {
            throw new AssertionError("the server did not start within " + STARTUP.toSeconds() + " s:\n" + errors());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the server", interrupted);
        }
    }

    /** An MCP client of this server, initialized, sending {@code token} unless it is null. */
    McpSyncClient client(String token) {
        return client(endpoint(), token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /**
     * An initialized MCP client of the server at {@code url}, sending {@code headers} with every request.
     *
     * @throws AssertionError with the server's stderr when the server does not answer initialize
     */
    McpSyncClient client(URI url, Map<String, String> headers) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(url.resolve("/").toString())
                .endpoint(url.getPath())
                .httpRequestCustomizer((request, method, uri, body, context) -> headers.forEach(request::header))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(REQUEST_TIMEOUT)
                .initializationTimeout(REQUEST_TIMEOUT).build();
        try {
            client.initialize();
            return client;
        } catch (RuntimeException failure) {
            client.close();
            throw new AssertionError("the server at " + url + " did not answer initialize; its stderr:\n" + errors(),
                    failure);
        }
    }

    /** Sends SIGTERM and returns the exit code. */
    int stop() {
        // Through the handle: Process.destroy() would also close our end of the server's stderr,
        // and what it logs while shutting down would be lost.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server did not stop within " + SHUTDOWN.toSeconds() + " s of SIGTERM");
            }
            errorReader.join(SHUTDOWN.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping the server", interrupted);
        }
        return process.exitValue();
    }

    /** What the server wrote on stderr so far. */
    String errors() {
        return String.join("\n", errorLines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
