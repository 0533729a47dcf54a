package io.jmcp.server.http;

import io.jmcp.core.auth.Scope;
import io.jmcp.core.auth.TokenFile;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official TypeScript MCP SDK ({@code interop/ts-client}, pinned by its lock file) as a client
 * of both packaged servers with {@code --demo 2} (the HTTP one with and without sessions): it lists
 * the tools, calls get_router_list, then execute_junos_command on the first router.
 */
@Timeout(300)
class TypeScriptInteropIT {
    private static final Path CLIENT_DIRECTORY = Path.of("..", "interop", "ts-client").toAbsolutePath().normalize();
    private static final Path STDIO_JAR = Path.of("..", "jmcp-server-stdio", "target", "jmcp-server-stdio.jar")
            .toAbsolutePath().normalize();
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };

    @TempDir
    Path directory;
    private Path node;

    @BeforeEach
    void requireTheClient() {
        node = ExternalPeers.require("node", "install Node.js 20 or later");
        if (!Files.isDirectory(CLIENT_DIRECTORY.resolve("node_modules").resolve("@modelcontextprotocol"))) {
            ExternalPeers.missing("the TypeScript SDK is not installed: run npm ci in " + CLIENT_DIRECTORY);
        }
    }

    @Test
    void talksToTheHttpServerWithABearerToken() throws Exception {
        String token = new TokenFile(directory.resolve(".tokens")).generate("ts-client", null, Scope.READ).token();
        try (ServerJar server = ServerJar.start(directory, List.of("--demo", "2", "-p", "0"))) {
            Map<String, Object> seen = runClient(List.of("http", server.endpoint().toString(), token));

            assertThatTheClientSawTheDemoDevices(seen);
        }
    }

    @Test
    void talksToTheStatelessHttpServerWithABearerToken() throws Exception {
        String token = new TokenFile(directory.resolve(".tokens")).generate("ts-client", null, Scope.READ).token();
        try (ServerJar server = ServerJar.start(directory, List.of("--stateless", "--demo", "2", "-p", "0"))) {
            Map<String, Object> seen = runClient(List.of("http", server.endpoint().toString(), token));

            assertThatTheClientSawTheDemoDevices(seen);
        }
    }

    @Test
    void talksToTheStdioServer() throws Exception {
        if (!Files.isRegularFile(STDIO_JAR)) {
            ExternalPeers.missing(STDIO_JAR + " is missing: build the whole reactor (mvn verify) first");
        }
        Map<String, Object> seen = runClient(List.of("stdio", ServerJar.javaExecutable(), "-jar", STDIO_JAR.toString(),
                "--demo", "2"));

        assertThatTheClientSawTheDemoDevices(seen);
    }

    @SuppressWarnings("unchecked")
    private static void assertThatTheClientSawTheDemoDevices(Map<String, Object> seen) {
        assertThat((Map<String, Object>) seen.get("server")).containsEntry("name", "jmcp-server");
        assertThat((List<String>) seen.get("tools")).contains("execute_junos_command", "get_router_list");
        assertThat((List<String>) seen.get("routers")).containsExactly("vsim-01", "vsim-02");
        assertThat(seen.get("routerListIsError")).isEqualTo(false);
        Map<String, Object> command = (Map<String, Object>) seen.get("command");
        assertThat(command).containsEntry("router", "vsim-01").containsEntry("isError", false);
        assertThat((String) command.get("text")).contains("Hostname: vsim-01");
    }

    /** Runs {@code node client.mjs args...} and reads the one JSON object it prints. */
    private Map<String, Object> runClient(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.toString(), "client.mjs"));
        command.addAll(args);
        Process client = new ProcessBuilder(command).directory(CLIENT_DIRECTORY.toFile()).start();
        client.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(client.getErrorStream()));
        byte[] output = client.getInputStream().readAllBytes();
        if (!client.waitFor(120, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IllegalStateException("the TypeScript client did not finish");
        }
        String stderr = new String(errors.join(), StandardCharsets.UTF_8);
        assertThat(client.exitValue()).as("node client.mjs exit code; its stderr:\n" + stderr).isZero();
        return McpJsonDefaults.getMapper().readValue(new String(output, StandardCharsets.UTF_8), JSON_OBJECT);
    }

    private static byte[] readAll(java.io.InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException failure) {
            return ("(stderr unreadable: " + failure.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
        }
    }
}
