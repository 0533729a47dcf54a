package io.jmcp.server.stdio;

import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The stdio server as a process: a bad devices file, its stdout discipline, and how it stops. */
class StdioServerLifecycleTest {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    private static final String ARGUMENT_MARKER = "argument-marker-4711";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @TempDir
    Path directory;

    private static String call(int id, String router, String command) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"execute_junos_command\",\"arguments\":{\"router_name\":\"" + router + "\",\"command\":\""
                + command + "\"}}}";
    }

    private static void awaitResponse(RawServerProcess server, int id) {
        Eventually.await("the response to request " + id,
                () -> server.stdout().stream().anyMatch(line -> line.contains("\"id\":" + id + ",")
                        || line.contains("\"id\":" + id + "}")));
    }

    @Test
    void reportsEveryProblemOfABadDevicesFileWithoutAStackTrace() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), """
                {"r1": {"ip": "10.0.0.1", "port": "22a", "username": "u", "auth": {"type": "password", "password": "p"}},
                 "r2": {"ip": "10.0.0.2", "port": 22, "auth": {"type": "password", "password": "p"}}}
                """);

        try (RawServerProcess server = RawServerProcess.start("-f", devices.toString())) {
            assertThat(server.awaitExit()).isEqualTo(2);
            String stderr = String.join("\n", server.stderr());
            assertThat(stderr).contains("device 'r1'").contains("'port'").contains("device 'r2'").contains("username")
                    .doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(server.stdout()).isEmpty();
        }
    }

    @Test
    void writesNothingButJsonRpcToStdoutEvenAtDebugLevel() {
        try (RawServerProcess server = RawServerProcess.start("--demo", "1", "--log-level", "debug")) {
            server.send(INITIALIZE);
            awaitResponse(server, 1);
            server.send(INITIALIZED);
            server.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{}}");
            server.send(call(3, "vsim-01", "show version"));
            server.send(call(4, "missing", "show version"));
            awaitResponse(server, 3);
            awaitResponse(server, 4);
            server.closeStdin();

            assertThat(server.awaitExit()).isZero();
            assertThat(server.stdout()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> assertThatCode(
                    () -> McpSchema.deserializeJsonRpcMessage(McpJsonDefaults.getMapper(), line))
                    .doesNotThrowAnyException());
            assertThat(server.stderr()).anyMatch(line -> line.contains(" DEBUG "));
        }
    }

    @Test
    void neverLogsToolArgumentsEvenAtTraceLevel() {
        try (RawServerProcess server = RawServerProcess.start("--demo", "1", "--log-level", "trace")) {
            server.send(INITIALIZE);
            awaitResponse(server, 1);
            server.send(INITIALIZED);
            server.send(call(2, "missing", "show " + ARGUMENT_MARKER));
            awaitResponse(server, 2);
            server.closeStdin();
            server.awaitExit();

            assertThat(server.stderr()).noneMatch(line -> line.contains(ARGUMENT_MARKER));
        }
    }

    @Test
    void neverLogsNetconfPayloadsEvenAtTraceLevel() {
        try (RawServerProcess server = RawServerProcess.start("--demo", "1", "--log-level", "trace")) {
            server.send(INITIALIZE);
            awaitResponse(server, 1);
            server.send(INITIALIZED);
            server.send(call(2, "vsim-01", "show version"));
            awaitResponse(server, 2);
            server.closeStdin();
            server.awaitExit();

            assertThat(server.stderr()).noneMatch(line -> line.contains("<rpc") || line.contains("JUNOS Base OS"));
        }
    }

    @Test
    void closesItsDeviceSessionsWhenStdinCloses() {
        try (SimulatorFleet fleet = SimulatorFleet.start(1);
                RawServerProcess server = startAgainst(fleet)) {
            SimulatedDevice device = fleet.devices().get(0);
            useDevice(server);
            assertThat(device.openSessionCount()).isEqualTo(1);

            server.closeStdin();

            assertThat(server.awaitExit()).isZero();
            Eventually.await("the device session closed", () -> device.openSessionCount() == 0);
        }
    }

    @Test
    void closesItsDeviceSessionsOnSigterm() {
        try (SimulatorFleet fleet = SimulatorFleet.start(1);
                RawServerProcess server = startAgainst(fleet)) {
            SimulatedDevice device = fleet.devices().get(0);
            useDevice(server);

            server.terminate();
            server.awaitExit();

            Eventually.await("the device session closed", () -> device.openSessionCount() == 0);
        }
    }

    private RawServerProcess startAgainst(SimulatorFleet fleet) {
        Path devices = TestInventory.write(directory.resolve("devices.json"),
                Map.of("edge-1", fleet.devices().get(0).port()));
        return RawServerProcess.start("-f", devices.toString());
    }

    private static void useDevice(RawServerProcess server) {
        server.send(INITIALIZE);
        awaitResponse(server, 1);
        server.send(INITIALIZED);
        server.send(call(2, "edge-1", "show version"));
        awaitResponse(server, 2);
    }
}
