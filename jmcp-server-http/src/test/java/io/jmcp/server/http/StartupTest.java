package io.jmcp.server.http;

import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.Scope;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server refuses to start with, the exit code and the message; and the loopback override.
 * A refusal that wrongly starts the server would wait for SIGTERM: the time limit turns that into a failure.
 */
@Timeout(60)
class StartupTest {
    @TempDir
    Path directory;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int issuedTokens;

    private int run(Map<String, String> environment, String... args) {
        HttpServerMain main = new HttpServerMain(new PrintStream(err, true, StandardCharsets.UTF_8), environment,
                ListenerWarmUp.start());
        return HttpServerMain.commandLine(main).execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String tokens() {
        return directory.resolve(".tokens").toString();
    }

    @Test
    void refusesToStartWithoutATokenFile() {
        int exit = run("--demo", "1", "-p", "0", "--tokens", tokens());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("No token file at " + tokens(), "does not start without authentication",
                "jmcp-token-cli.jar generate --id NAME", "--allow-unauthenticated-http");
    }

    @Test
    void refusesToStartWithAnUnreadableTokenFile() throws IOException {
        Files.writeString(directory.resolve(".tokens"), "{ not json");

        int exit = run("--demo", "1", "-p", "0", "--tokens", tokens());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains(tokens(), "does not start without usable tokens");
    }

    @Test
    void theLoopbackOverrideDoesNotOpenAServerWhoseTokenFileIsBroken() throws IOException {
        Files.writeString(directory.resolve(".tokens"), "{ not json");

        int exit = run("--demo", "1", "-p", "0", "--tokens", tokens(), "--allow-unauthenticated-http");

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void refusesTheUnauthenticatedOverrideOnAnyAddress() {
        int exit = run("--demo", "1", "-p", "0", "--tokens", tokens(), "--allow-unauthenticated-http", "-H", "0.0.0.0");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--allow-unauthenticated-http is only allowed when listening on loopback",
                "not on 0.0.0.0");
    }

    @Test
    void refusesTheUnauthenticatedOverrideOnANonLoopbackAddressEvenWithTokens() throws IOException {
        new TokenFile(directory.resolve(".tokens")).generate("someone", null, Scope.READ);
        String address = nonLoopbackAddress();

        int exit = run("--demo", "1", "-p", "0", "--tokens", tokens(), "--allow-unauthenticated-http", "-H", address);

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("only allowed when listening on loopback");
    }

    /** An address of this machine that is not loopback; the test is skipped on a machine without one. */
    private static String nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .map(InetAddress::getHostAddress)
                .findFirst()
                .orElseGet(() -> {
                    Assumptions.abort("this machine has no address but loopback");
                    return null;
                });
    }

    @Test
    void servesWithoutTokensOnLoopbackWithTheOverride() throws LaunchException {
        try (JmcpHttpServer server = HttpServerMain.launch(Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8),
                "--demo", "1", "-p", "0", "--tokens", tokens(), "--allow-unauthenticated-http")) {
            HttpResponse<String> response = HttpServerFixture.send(java.net.http.HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(server.endpoint())
                            .timeout(HttpServerFixture.TIMEOUT)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.INITIALIZE)));

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pointsStdioUsersToTheStdioJar() {
        int exit = run("--demo", "1", "-t", "stdio");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("streamable-http only", "jmcp-server-stdio/target/jmcp-server-stdio.jar");
    }

    @Test
    void refusesAnUnknownTransport() {
        int exit = run("--demo", "1", "-t", "sse");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("Unknown transport 'sse'");
    }

    @Test
    void acceptsTheSeedsTransportFlag() throws LaunchException {
        new TokenFile(directory.resolve(".tokens")).generate("someone", null, Scope.READ);

        try (JmcpHttpServer server = HttpServerMain.launch(Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8),
                "--demo", "1", "-p", "0", "--tokens", tokens(), "-t", "streamable-http")) {
            assertThat(server.endpoint().getPath()).isEqualTo("/mcp");
        }
    }

    @Test
    void servesWithSessionsByDefault() throws LaunchException {
        assertThat(answersToolsListWithoutSession(Map.of())).isFalse();
    }

    @Test
    void servesWithoutSessionsWithTheStatelessOption() throws LaunchException {
        assertThat(answersToolsListWithoutSession(Map.of(), "--stateless")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "yes", "y", "on"})
    void servesWithoutSessionsWhenTheStatelessVariableIsOn(String value) throws LaunchException {
        assertThat(answersToolsListWithoutSession(Map.of("JMCP_STATELESS", value))).isTrue();
    }

    @Test
    void servesWithSessionsWhenTheStatelessVariableIsOff() throws LaunchException {
        assertThat(answersToolsListWithoutSession(Map.of("JMCP_STATELESS", "off"))).isFalse();
    }

    @Test
    void theStatelessOptionWinsOverTheVariable() throws LaunchException {
        assertThat(answersToolsListWithoutSession(Map.of("JMCP_STATELESS", "off"), "--stateless")).isTrue();
        assertThat(answersToolsListWithoutSession(Map.of("JMCP_STATELESS", "yes"), "--stateless=false")).isFalse();
        assertThat(answersToolsListWithoutSession(Map.of("JMCP_STATELESS", "maybe"), "--stateless")).isTrue();
    }

    /** Whether a server started so answers the seed README's bare tools/list, which needs no session only when stateless. */
    private boolean answersToolsListWithoutSession(Map<String, String> environment, String... options)
            throws LaunchException {
        String token = new TokenFile(directory.resolve(".tokens")).generate("caller-" + ++issuedTokens, null, Scope.READ)
                .token();
        List<String> arguments = new ArrayList<>(List.of("--demo", "1", "-p", "0", "--tokens", tokens()));
        arguments.addAll(List.of(options));
        try (JmcpHttpServer server = HttpServerMain.launch(environment, new PrintStream(err, true, StandardCharsets.UTF_8),
                arguments.toArray(String[]::new))) {
            HttpResponse<String> response = HttpServerFixture.send(java.net.http.HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(server.endpoint())
                            .timeout(HttpServerFixture.TIMEOUT)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString(HttpServerFixture.TOOLS_LIST)));
            return response.statusCode() == 200;
        }
    }

    @Test
    void refusesAStatelessVariableThatIsNeitherOnNorOff() {
        int exit = run(Map.of("JMCP_STATELESS", "maybe"), "--demo", "1", "-p", "0", "--tokens", tokens());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("JMCP_STATELESS must be one of", "got 'maybe'");
    }

    @Test
    void needsBothTlsOptions() {
        int exit = run("--demo", "1", "--tls-keystore", "server.p12");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("HTTPS needs both --tls-keystore FILE and --tls-keystore-password-env VAR");
    }

    @Test
    void namesAnAllowedOriginThatIsNotAnOrigin() {
        int exit = run("--demo", "1", "--allowed-origin", "https://example.net/app");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--allowed-origin 'https://example.net/app' is not an origin");
    }

    @Test
    void needsDevicesOrDemo() {
        int exit = run("-p", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("-f/--device-mapping FILE, or --demo N");
    }

    @Test
    void needsADevicesFileToPersistAddedDevices() {
        int exit = run("--demo", "1", "--persist-devices");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--persist-devices writes added devices to the devices file");
    }

    @Test
    void needsAnExistingConfigDirectory() {
        int exit = run("--demo", "1", "--config-dir", directory.resolve("missing").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--config-dir must name an existing directory");
    }

    @Test
    void reportsABadDevicesFileWithoutStackTrace() throws IOException {
        new TokenFile(directory.resolve(".tokens")).generate("someone", null, Scope.READ);
        Path devices = Files.writeString(directory.resolve("devices.json"), "{\"r1\": {\"ip\": \"10.0.0.1\"}}");

        int exit = run("-f", devices.toString(), "-p", "0", "--tokens", tokens());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("r1").doesNotContain("\tat ");
    }

    @Test
    void saysWhenThePortIsTaken() throws IOException {
        new TokenFile(directory.resolve(".tokens")).generate("someone", null, Scope.READ);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = run("--demo", "1", "-p", String.valueOf(taken.getLocalPort()), "--tokens", tokens());

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
