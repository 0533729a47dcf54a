package io.jmcp.server.http;

import io.jmcp.testfixtures.ExternalPeers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl requests of the seed project's README, run with the real curl, word for word but for
 * the port, against a server whose token file is the README's own (the seed's plain-text format).
 * The README's tools/list comes without a session: a stateless server answers it; a server with
 * sessions (the seed's default too) lets the token in and then asks for the session it needs.
 */
@Timeout(120)
class SeedCurlTest {
    private static final String README_TOKEN = "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8";
    private static final String WITH_TOKEN = """
            curl -X POST "http://127.0.0.1:30030/mcp/" \\
            -H "Authorization: Bearer jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8" \\
            -H "Content-Type: application/json" \\
            -H "Accept: application/json, text/event-stream" \\
            -d '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}'
            """;
    private static final String WITHOUT_TOKEN = """
            curl -X POST "http://127.0.0.1:30030/mcp/" \\
            -H "Content-Type: application/json" \\
            -H "Accept: application/json, text/event-stream" \\
            -d '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}'
            """;
    private static final String README_TOKEN_FILE = """
            {
              "vscode-dev": {
                "token": "%s",
                "description": "VSCode development environment",
                "created": "2025-01-28T10:30:00Z"
              }
            }
            """.formatted(README_TOKEN);

    @TempDir
    Path directory;

    private JmcpHttpServer start(String... options) throws IOException, LaunchException {
        Path tokens = Files.writeString(directory.resolve(".tokens"), README_TOKEN_FILE);
        List<String> arguments = new ArrayList<>(List.of("--demo", "1", "-p", "0", "--tokens", tokens.toString()));
        arguments.addAll(List.of(options));
        return HttpServerMain.launch(Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                arguments.toArray(String[]::new));
    }

    private static String curl(String readmeCommand, JmcpHttpServer server) throws IOException, InterruptedException {
        Path bash = ExternalPeers.require("bash", "install bash");
        ExternalPeers.require("curl", "install it with apt-get install -y curl");
        String command = readmeCommand.replace(":30030/", ":" + server.endpoint().getPort() + "/");
        Process curl = new ProcessBuilder(List.of(bash.toString(), "-c", command)).redirectErrorStream(false).start();
        curl.getOutputStream().close();
        byte[] output = curl.getInputStream().readAllBytes();
        if (!curl.waitFor(60, TimeUnit.SECONDS)) {
            curl.destroyForcibly();
            throw new IllegalStateException("curl did not finish");
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    @Test
    void letsTheReadmeTokenInOnAStatefulServerWhichWantsASessionFirst() throws Exception {
        try (JmcpHttpServer server = start()) {
            String answer = curl(WITH_TOKEN, server);

            assertThat(answer).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":"
                    + "\"Invalid request: the Mcp-Session-Id header is missing; send initialize first and then the "
                    + "session id it returns with every request\"}}");
        }
    }

    @Test
    void refusesTheRequestWithoutToken() throws Exception {
        try (JmcpHttpServer server = start()) {
            String answer = curl(WITHOUT_TOKEN, server);

            assertThat(answer).isEqualTo("{\"error\":\"Missing or invalid Authorization header\"}");
        }
    }

    @Test
    void answersTheReadmeToolsListOnAStatelessServer() throws Exception {
        try (JmcpHttpServer server = start("--stateless")) {
            String answer = curl(WITH_TOKEN, server);

            assertThat(answer).startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[")
                    .contains("\"name\":\"get_router_list\"", "\"name\":\"execute_junos_command\"");
        }
    }

    @Test
    void refusesTheRequestWithoutTokenOnAStatelessServer() throws Exception {
        try (JmcpHttpServer server = start("--stateless")) {
            String answer = curl(WITHOUT_TOKEN, server);

            assertThat(answer).isEqualTo("{\"error\":\"Missing or invalid Authorization header\"}");
        }
    }
}
