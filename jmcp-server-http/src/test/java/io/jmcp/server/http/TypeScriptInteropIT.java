package io.jmcp.server.http;

import io.jmcp.core.auth.Scope;
import io.jmcp.core.auth.TokenFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official TypeScript MCP SDK ({@code interop/ts-client}, pinned by its lock file) as a client
 * of both packaged servers with {@code --demo 2} (the HTTP one with and without sessions): it lists
 * the tools, calls get_router_list, then execute_junos_command on the first router.
 */
@Timeout(300)
class TypeScriptInteropIT {
    private static final Path STDIO_JAR = Path.of("..", "jmcp-server-stdio", "target", "jmcp-server-stdio.jar")
            .toAbsolutePath().normalize();

    @TempDir
    Path directory;
    private TypeScriptClient client;

    @BeforeEach
    void requireTheClient() {
        client = TypeScriptClient.require();
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

    private Map<String, Object> runClient(List<String> args) throws IOException, InterruptedException {
        return client.run("client.mjs", args);
    }
}
