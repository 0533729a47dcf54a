package io.jmcp.server.stdio;

import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stdio server over a devices file whose devices the test controls: simulated devices in the
 * test's JVM (with faults) and a device that is down.
 */
class StdioServerFailuresTest {
    @TempDir
    static Path directory;
    private static SimulatorFleet fleet;
    private static SimulatedDevice healthy;
    private static McpServerProcess server;

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(1);
        healthy = fleet.devices().get(0);
        Path devices = TestInventory.write(directory.resolve("devices.json"),
                Map.of("edge-1", healthy.port(), "down-1", TestInventory.closedPort()));
        server = McpServerProcess.start(StdioServerMain.class, "-f", devices.toString());
    }

    @AfterAll
    static void stop() {
        server.close();
        fleet.close();
    }

    @AfterEach
    void clearFaults() {
        healthy.faults().clear();
    }

    @Test
    void reportsADeviceThatIsDownAsAConnectionError() {
        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "down-1", "command", "show version"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Connection error to router 'down-1': ");
    }

    @Test
    void reportsACommandThatOutlivesItsTimeout() {
        healthy.faults().latency(Duration.ofSeconds(4));

        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "edge-1", "command", "show version", "timeout", 1));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Timed out on router 'edge-1': ");
    }

    @Test
    void servesTheDeviceAgainAfterATimeout() {
        healthy.faults().latency(Duration.ofSeconds(4));
        server.call("execute_junos_command", Map.of("router_name", "edge-1", "command", "show version", "timeout", 1));
        healthy.faults().clear();

        CallToolResult result = server.call("execute_junos_command",
                Map.of("router_name", "edge-1", "command", "show version"));

        assertThat(result.isError()).isFalse();
    }

    @Test
    void servesOtherDevicesWhileOneIsDown() {
        server.call("execute_junos_command", Map.of("router_name", "down-1", "command", "show version"));

        assertThat(server.call("execute_junos_command", Map.of("router_name", "edge-1", "command", "show version"))
                .isError()).isFalse();
    }
}
