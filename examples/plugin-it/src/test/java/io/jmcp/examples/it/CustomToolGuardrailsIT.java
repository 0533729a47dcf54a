package io.jmcp.examples.it;

import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.jmcp.examples.it.StdioServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin under the server's guardrails: a devices file with {@code block.cmd} beside it, as an
 * operator sets them up. The plugin's commands pass the same checks as the built-in tools'.
 */
class CustomToolGuardrailsIT {
    private static final String TOOL = "show_bgp_neighbors";

    @TempDir
    static Path directory;
    private static SimulatorFleet fleet;
    private static StdioServer server;

    @BeforeAll
    static void startServer() throws IOException {
        fleet = SimulatorFleet.start(1);
        SimulatedDevice device = fleet.devices().get(0);
        Path plugins = Files.createDirectory(directory.resolve("plugins"));
        Files.copy(Repository.customToolJar(), plugins.resolve("jmcp-example-custom-tool.jar"));
        Path config = Files.createDirectory(directory.resolve("config"));
        Files.writeString(config.resolve("devices.json"), """
                {"lab-1": {"ip": "%s", "port": %d, "username": "jmcp",
                           "auth": {"type": "password", "password": "jmcp"}, "host_key": "off"}}
                """.formatted(device.host(), device.port()));
        Files.writeString(config.resolve("block.cmd"), "show bgp neighbor\n");
        server = Launcher.stdio(plugins, "-f", config.resolve("devices.json").toString());
    }

    @AfterAll
    static void stop() {
        server.close();
        fleet.close();
    }

    @Test
    void refusesACommandThatBlockCmdBlocks() {
        CallToolResult result = server.call(TOOL, Map.of("router_name", "lab-1", "neighbor_address", "10.255.0.253"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("show bgp neighbor 10.255.0.253").contains("block.cmd");
    }

    @Test
    void runsTheCommandsBlockCmdAllows() {
        CallToolResult result = server.call(TOOL, Map.of("router_name", "lab-1"));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).contains("10.255.0.253");
    }
}
