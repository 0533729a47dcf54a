package io.jmcp.server.http;

import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.Scope;
import io.jmcp.testfixtures.ExternalPeers;
import io.jmcp.testfixtures.TypeScriptClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official TypeScript MCP SDK ({@code interop/ts-client}, pinned by its lock file) as a client
 * of both packaged servers with {@code --demo 2} (the HTTP one with and without sessions): it lists
 * the tools, calls get_router_list, then execute_junos_command on the first router. And add_device
 * through elicitation over HTTP ({@code http-edges.mjs}): the client declares elicitation, sends no
 * progress token, answers the details form and the confirmation, and the device is added. The SDK
 * client rejects an elicitation request carrying {@code "_meta":{"progressToken":null}}, so that
 * test passes only with the core fix that leaves that null field out.
 */
@Timeout(300)
class TypeScriptInteropIT {
    private static final Path STDIO_JAR = Path.of("..", "jmcp-server-stdio", "target", "jmcp-server-stdio.jar")
            .toAbsolutePath().normalize();
    /** How long one run of the client may take. */
    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(120);

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

    @Test
    @SuppressWarnings("unchecked")
    void addsADeviceThroughTheTypeScriptClientsForms() throws Exception {
        String token = new TokenFile(directory.resolve(".tokens")).generate("ts-client", null, Scope.CONFIG).token();
        Path key = sshPrivateKey();
        try (ServerJar server = ServerJar.start(directory, List.of("--demo", "1", "-p", "0"))) {
            Map<String, Object> seen = client.run("http-edges.mjs", List.of(server.endpoint().toString(), token,
                    key.toString()), CLIENT_LIMIT);

            List<Map<String, Object>> forms = (List<Map<String, Object>>) seen.get("forms");
            assertThat(forms).hasSize(2);
            assertThat((String) forms.get(1).get("message")).contains("lab-ts", "192.0.2.44");
            assertThat(forms).allSatisfy(form -> assertThat((Map<String, Object>) ((Map<String, Object>) form
                    .get("params")).getOrDefault("_meta", Map.of())).doesNotContainValue(null));
            assertThat(seen.get("isError")).as((String) seen.get("text")).isEqualTo(false);
            assertThat((String) seen.get("text")).contains("Device 'lab-ts' added");
            assertThat((List<String>) seen.get("routers")).contains("lab-ts", "vsim-01");
        }
    }

    /** A real OpenSSH private key, as add_device checks the key file parses as one. */
    private Path sshPrivateKey() throws IOException, InterruptedException {
        Path keygen = ExternalPeers.require("ssh-keygen", "install openssh-client");
        Path key = directory.resolve("lab_key");
        Process made = new ProcessBuilder(keygen.toString(), "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(made.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(made.exitValue()).as(new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        return key;
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
        return client.run("client.mjs", args, CLIENT_LIMIT);
    }
}
