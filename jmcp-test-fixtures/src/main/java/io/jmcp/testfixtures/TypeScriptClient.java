package io.jmcp.testfixtures;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script of {@code interop/ts-client} run with Node on the official TypeScript MCP SDK (pinned by
 * its lock file): it prints one JSON object with what it saw, or fails with its reason on stderr.
 * Paths are those of a test run in a module one level below the repository's root.
 */
public final class TypeScriptClient {
    public static final Path DIRECTORY = Path.of("..", "interop", "ts-client").toAbsolutePath().normalize();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Path node;

    private TypeScriptClient(Path node) {
        this.node = node;
    }

    /** Node and the installed SDK, or the test stops (failing in CI). */
    public static TypeScriptClient require() {
        Path node = ExternalPeers.require("node", "install Node.js 20 or later");
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules").resolve("@modelcontextprotocol"))) {
            ExternalPeers.missing("the TypeScript SDK is not installed: run npm ci in " + DIRECTORY);
        }
        return new TypeScriptClient(node);
    }

    /**
     * Runs {@code node script args...} and reads the one JSON object it prints; it must exit 0
     * within {@code limit}, else it is killed and the test fails.
     */
    public Map<String, Object> run(String script, List<String> args, Duration limit)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.toString(), script));
        command.addAll(args);
        Process client = new ProcessBuilder(command).directory(DIRECTORY.toFile()).start();
        client.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(client.getErrorStream()));
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(client.getInputStream()));
        if (!client.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            client.destroyForcibly().waitFor();
            throw new AssertionError("node " + script + " did not finish within " + limit.toSeconds() + " s");
        }
        String stderr = new String(errors.join(), StandardCharsets.UTF_8);
        assertThat(client.exitValue()).as("node " + script + " exit code; its stderr:\n" + stderr).isZero();
        return JsonMapper.shared().readValue(new String(output.join(), StandardCharsets.UTF_8), JSON_OBJECT);
    }

    private static byte[] readAll(InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException failure) {
            return ("(unreadable: " + failure.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
        }
    }
}
