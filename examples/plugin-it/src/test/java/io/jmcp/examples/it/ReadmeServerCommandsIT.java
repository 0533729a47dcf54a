package io.jmcp.examples.it;

import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every README command that starts a server (the quick start, "Start the server" with the seed's
 * flags, the HTTP line to try by hand), run verbatim in a scratch checkout of its own, on a free
 * port: the server answers an MCP client's initialize and runs a command on a router, then stops.
 * A command with {@code -f FILE} finds FILE there, listing a simulated router; an HTTP server that
 * needs tokens finds a token file with one token, which the client sends.
 */
class ReadmeServerCommandsIT {
    private static final String ROUTER = "vsim-01";

    @TempDir
    static Path scratches;
    private static SimulatorFleet routers;

    @BeforeAll
    static void startRouters() {
        routers = SimulatorFleet.start(1);
    }

    @AfterAll
    static void stopRouters() {
        routers.close();
    }

    @TestFactory
    Stream<DynamicTest> eachServerCommandAnswersInitializeAndStops() {
        List<ShellCommand> commands = ReadmeCommandOwner.SERVER.commandsIn(Readme.ofRepository());
        return IntStream.range(0, commands.size()).mapToObj(index -> DynamicTest.dynamicTest(
                commands.get(index).toString(),
                () -> startAskAndStop(commands.get(index), scratches.resolve("command-" + index))));
    }

    private static void startAskAndStop(ShellCommand command, Path scratch) throws InterruptedException {
        ServerCommand server = ServerCommand.of(command);
        try (ScratchCheckout checkout = ScratchCheckout.create(scratch)) {
            server.devicesFile().ifPresent(file -> SimulatedDevicesFile.write(checkout.resolve(file), routers));
            if (server.isHttp()) {
                overHttp(command, server, checkout);
            } else {
                overStdio(command, checkout);
            }
        }
    }

    private static void overStdio(ShellCommand command, ScratchCheckout checkout) {
        StdioServer server = Bash.stdioServer(command.text(), checkout.directory()).start();
        ServerAnswers.assertServesRouter(server.client(), ROUTER, server.stderr());

        assertThat(server.stop()).as("stopped; stderr:\n%s", server.stderr()).isTrue();
    }

    private static void overHttp(ShellCommand command, ServerCommand server, ScratchCheckout checkout)
            throws InterruptedException {
        String token = server.allowsUnauthenticated() ? null : checkout.issueToken(server.tokenFile());
        try (HttpServerProcess process = HttpServerProcess.start(
                Bash.server(ReadmePort.ephemeral(command.text()), checkout.directory()))) {
            McpSyncClient client = process.client(token);
            ServerAnswers.assertServesRouter(client, ROUTER, process.errors());
            client.closeGracefully();

            assertThat(process.stop()).as(process.errors()).isEqualTo(HttpServerProcess.STOPPED_BY_SIGTERM);
        }
    }
}
