package io.jmcp.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.jmcp.testfixtures.ExternalPeers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Python scripts under {@code src/test/resources/python} with Debian's
 * {@code /usr/bin/python3} (PyEZ and ncclient). A missing peer skips the test, or fails it when
 * {@code CI=true} ({@link ExternalPeers}): CI must prove the simulator against the real clients.
 */
final class PythonPeers {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PythonPeers() {
    }

    /** Skips the test (fails it under CI) unless python3 imports {@code module}. */
    static void require(String module) {
        if (!AVAILABLE.computeIfAbsent(module, PythonPeers::imports)) {
            ExternalPeers.missing(PYTHON + " cannot import " + module
                    + " (apt-get install -y python3-junos-eznc python3-ncclient)");
        }
    }

    /**
     * Runs {@code python/<script>} and returns the JSON object it prints on stdout.
     *
     * @throws AssertionError when the script fails, times out or prints something else
     */
    static JsonNode run(String script, String... args) {
        return runWithInput(script, "", args);
    }

    /** As {@link #run}, with {@code input} on the script's stdin. */
    static JsonNode runWithInput(String script, String input, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), scriptPath(script).toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not finish within " + SCRIPT_TIMEOUT + "; stderr: "
                        + stderr.getNow(""));
            }
            String out = stdout.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw new AssertionError(script + " exited with " + process.exitValue() + "\nstdout: " + out
                        + "\nstderr: " + stderr.get(10, TimeUnit.SECONDS));
            }
            return JSON.readTree(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while running " + script);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot read the output of " + script, e);
        }
    }

    private static boolean imports(String module) {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module)
                    .redirectErrorStream(true).start();
            readAll(process.getInputStream());
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path scriptPath(String script) {
        URL resource = PythonPeers.class.getResource("/python/" + script);
        if (resource == null) {
            throw new IllegalArgumentException("no test script python/" + script);
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
