package io.jmcp.server.http;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged server, {@code target/jmcp-server-http.jar}, run as a process of its own. */
final class ServerJar implements AutoCloseable {
    static final Path JAR = Path.of("target", "jmcp-server-http.jar").toAbsolutePath();
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static final Pattern STARTED = Pattern.compile(
            "Starting MCP server 'jmcp-server' with transport 'streamable-http' on (\\S+)");

    private final Process process;
    private final List<String> errorLines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
    private final Thread errorReader;

    private ServerJar(Process process) {
        this.process = process;
        this.errorReader = new Thread(this::readErrors, "server-jar-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Starts {@code java -jar jmcp-server-http.jar args...} in {@code workingDirectory}. */
    static ServerJar start(Path workingDirectory, List<String> args) throws IOException {
        return start(workingDirectory, List.of("-jar", JAR.toString()), args);
    }

    /**
     * Starts the jar's server with a plugin folder on its class path, as bin/jmcp does with plugins/,
     * and {@code jvmOptions} (system properties) before the main class.
     */
    static ServerJar startWithPlugin(Path workingDirectory, Path plugin, List<String> jvmOptions, List<String> args)
            throws IOException {
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.addAll(List.of("-cp", JAR + File.pathSeparator + plugin, HttpServerMain.class.getName()));
        return start(workingDirectory, launch, args);
    }

    private static ServerJar start(Path workingDirectory, List<String> launch, List<String> args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn package first");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(launch);
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        process.getOutputStream().close();
        return new ServerJar(process);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void readErrors() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (errorLines) {
                    errorLines.add(line);
                    errorLines.notifyAll();
                }
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    endpoint.complete(URI.create(started.group(1)));
                }
            }
        } catch (IOException ended) {
            // The process is gone; what it wrote is in errorLines.
        }
        endpoint.completeExceptionally(new IllegalStateException("the server ended without serving:\n" + errors()));
    }

    /** The URL the server logged once listening. */
    URI endpoint() throws InterruptedException, TimeoutException {
        try {
            return endpoint.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause().getMessage(), failed.getCause());
        }
    }

    /** Waits (within the startup bound) for a line of stderr containing {@code text}; false if none came. */
    boolean awaitLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        synchronized (errorLines) {
            while (errorLines.stream().noneMatch(line -> line.contains(text))) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !process.isAlive() && !errorReader.isAlive()) {
                    return false;
                }
                errorLines.wait(Math.min(left, 1000));
            }
            return true;
        }
    }

    /** Waits for the process to end by itself, returning its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not exit:\n" + errors());
        }
        errorReader.join(SHUTDOWN.toMillis());
        return process.exitValue();
    }

    /** Sends SIGTERM and returns the exit code. */
    int terminate() throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of the server's stderr,
        // and what it logs while shutting down would be lost.
        process.toHandle().destroy();
        if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop within " + SHUTDOWN.toSeconds() + " s of SIGTERM");
        }
        errorReader.join(SHUTDOWN.toMillis());
        return process.exitValue();
    }

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
