package io.jmcp.server.stdio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The stdio server as a plain subprocess: the test writes raw JSON-RPC lines and sees every byte
 * of stdout and stderr, its exit code, and can close stdin or send SIGTERM.
 */
final class RawServerProcess implements AutoCloseable {
    private static final long EXIT_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private RawServerProcess(Process process) {
        this.process = process;
        this.stdoutReader = collect(new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)), stdout);
        this.stderrReader = collect(new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)), stderr);
    }

    static RawServerProcess start(String... args) {
        return startMain(StdioServerMain.class, args);
    }

    static RawServerProcess startMain(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(McpServerProcess.javaExecutable()));
        command.addAll(McpServerProcess.javaArguments(mainClass, args));
        return startCommand(command);
    }

    /** The stdio server on {@code classPath} instead of this JVM's (e.g. one without the simulator). */
    static RawServerProcess startOnClassPath(String classPath, String... args) {
        List<String> command = new ArrayList<>(List.of(McpServerProcess.javaExecutable(), "-cp", classPath,
                StdioServerMain.class.getName()));
        command.addAll(List.of(args));
        return startCommand(command);
    }

    /** A runnable jar, as {@code java -jar jar args...}. */
    static RawServerProcess startJar(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(McpServerProcess.javaExecutable(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return startCommand(command);
    }

    private static RawServerProcess startCommand(List<String> command) {
        try {
            return new RawServerProcess(new ProcessBuilder(command).start());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void send(String jsonLine) {
        sendBytes((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes as they are: the caller adds the line end, or not. */
    void sendBytes(byte[] bytes) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(bytes);
            in.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and its output to be read; returns its exit code. */
    int awaitExit() {
        try {
            if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server did not exit within " + EXIT_TIMEOUT_SECONDS + " s; stderr: "
                        + String.join("\n", stderr));
            }
            stdoutReader.join(TimeUnit.SECONDS.toMillis(EXIT_TIMEOUT_SECONDS));
            stderrReader.join(TimeUnit.SECONDS.toMillis(EXIT_TIMEOUT_SECONDS));
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the server to exit");
        }
    }

    List<String> stdout() {
        return stdout;
    }

    List<String> stderr() {
        return stderr;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static Thread collect(BufferedReader reader, List<String> lines) {
        Thread thread = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process went away; what was read is kept
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
