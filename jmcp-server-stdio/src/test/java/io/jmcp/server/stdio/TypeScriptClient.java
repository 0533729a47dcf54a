package io.jmcp.server.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A script of {@code interop/ts-client} (the official TypeScript MCP SDK, pinned by its lock file)
 * run against the packaged stdio server: {@code node script args... java -jar jmcp-server-stdio.jar
 * serverArgs...}, and the one JSON object it prints.
 */
final class TypeScriptClient {
    private static final Path CLIENT_DIRECTORY = Path.of("..", "interop", "ts-client").toAbsolutePath().normalize();
    private static final Path STDIO_JAR = Path.of("target", "jmcp-server-stdio.jar").toAbsolutePath();
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };

    private TypeScriptClient() {
    }

    /** Skips (fails in CI) when the SDK is not installed; the packaged server must exist. */
    static void requireInstalled() {
        if (!Files.isDirectory(CLIENT_DIRECTORY.resolve("node_modules").resolve("@modelcontextprotocol"))) {
            unavailable("the TypeScript SDK is not installed: run npm ci in " + CLIENT_DIRECTORY);
        }
        assertThat(STDIO_JAR).as("the packaged server").isRegularFile();
    }

    static Map<String, Object> run(String script, List<String> scriptArgs, String... serverArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(scriptArgs);
        command.addAll(List.of(McpServerProcess.javaExecutable(), "-jar", STDIO_JAR.toString()));
        command.addAll(List.of(serverArgs));
        Process client;
        try {
            client = new ProcessBuilder(command).directory(CLIENT_DIRECTORY.toFile()).start();
        } catch (IOException noNode) {
            return unavailable("node is not on the PATH (install Node.js 20 or later): " + noNode.getMessage());
        }
        client.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(client.getErrorStream()));
        byte[] output = client.getInputStream().readAllBytes();
        if (!client.waitFor(300, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            fail("the TypeScript client did not finish");
        }
        String stderr = new String(errors.join(), StandardCharsets.UTF_8);
        assertThat(client.exitValue()).as("node " + script + " exit code; its stderr:\n" + stderr).isZero();
        return McpJsonDefaults.getMapper().readValue(new String(output, StandardCharsets.UTF_8), JSON_OBJECT);
    }

    private static byte[] readAll(InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException failure) {
            return ("(stderr unreadable: " + failure.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A missing peer fails the build in CI and skips the test elsewhere. */
    private static <T> T unavailable(String what) {
        if ("true".equals(System.getenv("CI"))) {
            fail(what);
        }
        Assumptions.abort(what);
        return null;
    }
}
