package io.jmcp.server.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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
 * The official TypeScript MCP SDK ({@code interop/ts-client/stdio-edges.mjs}, pinned by its lock
 * file) against the packaged stdio server: add_device through elicitation forms, batch calls with a
 * progress token, and malformed lines before a valid call.
 */
@Timeout(600)
class StdioEdgesTypeScriptIT {
    private static final Path CLIENT_DIRECTORY = Path.of("..", "interop", "ts-client").toAbsolutePath().normalize();
    private static final Path STDIO_JAR = Path.of("target", "jmcp-server-stdio.jar").toAbsolutePath();
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };
    private static final int BATCH_CALLS = 20;

    @TempDir
    Path directory;

    @BeforeEach
    void requireTheClient() {
        if (!Files.isDirectory(CLIENT_DIRECTORY.resolve("node_modules").resolve("@modelcontextprotocol"))) {
            unavailable("the TypeScript SDK is not installed: run npm ci in " + CLIENT_DIRECTORY);
        }
        assertThat(STDIO_JAR).as("the packaged server").isRegularFile();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsADeviceThroughFormsWithoutAProgressToken() throws Exception {
        Path key = TestKeys.writePrivateKey(TestKeys.newKeyPair(), directory.resolve("ops_key"));
        String answers = McpJsonDefaults.getMapper().writeValueAsString(Map.of("device_name", "added-1",
                "device_ip", "127.0.0.1", "device_port", 2222, "username", "ops", "ssh_key_path", key.toString(),
                "confirm", true, "test_connection", false, "host_key", "accept-new"));

        Map<String, Object> seen = runClient(List.of("elicitation", answers), "--demo", "1");

        List<Map<String, Object>> forms = (List<Map<String, Object>>) seen.get("forms");
        assertThat(forms).hasSize(2).allSatisfy(form -> assertThat(form.get("meta")).as("_meta").isNull());
        assertThat((List<String>) forms.get(0).get("fields")).contains("device_name", "ssh_key_path");
        assertThat((List<String>) forms.get(1).get("fields")).contains("confirm");
        Map<String, Object> added = (Map<String, Object>) seen.get("added");
        assertThat(added).containsEntry("isError", false);
        assertThat((String) added.get("text")).startsWith("✅ Device 'added-1' added successfully!");
        assertThat((List<String>) seen.get("routers")).containsExactly("added-1", "vsim-01");
        assertThat((List<String>) seen.get("errors")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyProgressEventAndReplyOfABatchArriveWithNoFurtherClientTraffic() throws Exception {
        Map<String, Object> seen = runClient(List.of("progress", String.valueOf(BATCH_CALLS)), "--demo", "3");

        List<Map<String, Object>> results = (List<Map<String, Object>>) seen.get("results");
        assertThat(results).hasSize(BATCH_CALLS).allSatisfy(result -> assertThat(result).containsEntry("isError", false));
        List<Map<String, Object>> arrivals = (List<Map<String, Object>>) seen.get("arrivals");
        assertThat(arrivals).as("progress that reached the client, per reply").hasSize(BATCH_CALLS)
                .allSatisfy(reply -> {
                    assertThat((List<Number>) reply.get("before")).extracting(Number::intValue)
                            .as("progress before reply " + reply.get("reply")).containsExactly(1, 2, 3);
                    assertThat(reply.get("after")).as("progress after reply " + reply.get("reply")).isEqualTo(0);
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void servesAValidCallAfterMalformedLines() throws Exception {
        Map<String, Object> seen = runClient(List.of("malformed"), "--demo", "1");

        assertThat(seen).containsEntry("isError", false);
        assertThat((List<String>) seen.get("routers")).containsExactly("vsim-01");
        // Both error replies reached the client; this SDK's schema has no null id, so it reports them as invalid.
        assertThat((List<String>) seen.get("errors")).hasSize(2);
    }

    /** Runs {@code node stdio-edges.mjs scenario... java -jar jmcp-server-stdio.jar serverArgs...}. */
    private Map<String, Object> runClient(List<String> scenario, String... serverArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "stdio-edges.mjs"));
        command.addAll(scenario);
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
        assertThat(client.exitValue()).as("node stdio-edges.mjs exit code; its stderr:\n" + stderr).isZero();
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
