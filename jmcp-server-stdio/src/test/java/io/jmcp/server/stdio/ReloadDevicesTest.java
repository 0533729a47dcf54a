package io.jmcp.server.stdio;

import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** reload_devices end to end: only files of the devices file's directory, validated before the swap. */
class ReloadDevicesTest {
    @TempDir
    static Path temporary;
    /** Where the devices file is, and so the only directory reload_devices reads from. */
    private static Path directory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() throws IOException {
        directory = Files.createDirectories(temporary.resolve("conf"));
        Files.writeString(temporary.resolve("outside.json"), "{}");
        network = SimulatedNetwork.in(directory).devices("a-1", "b-1").start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    private static CallToolResult reload(String fileName) {
        return network.call("reload_devices", Map.of("file_name", fileName));
    }

    private static Path devicesFile(String name, String... routers) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String router : routers) {
            ports.put(router, network.device(router).port());
        }
        return TestInventory.write(directory.resolve(name), ports);
    }

    @Test
    void replacesTheDevicesWithThoseOfAFileInTheDevicesDirectory() {
        devicesFile("only-b.json", "b-1");

        CallToolResult result = reload("only-b.json");

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("Successfully reloaded devices from '").contains("Current: 1 device(s)")
                .contains("Loaded devices: b-1").contains("removed: a-1");
        reload("devices.json");
    }

    @Test
    void closesTheSessionsOfDevicesThatChanged() throws IOException {
        SimulatedDevice device = network.device("a-1");
        network.call("execute_junos_command", Map.of("router_name", "a-1", "command", "show version"));
        assertThat(device.openSessionCount()).isEqualTo(1);
        Path moved = directory.resolve("a-1-moved.json");
        Files.writeString(moved, Files.readString(network.devicesFile()).replace("\"username\"",
                "\"site\" : \"lab\", \"username\""));

        CallToolResult result = reload(moved.getFileName().toString());

        assertThat(text(result)).contains("changed: a-1, b-1").contains("Open sessions to changed and removed devices "
                + "were closed.");
        Eventually.await("the session to a-1 closed", () -> device.openSessionCount() == 0);
        reload("devices.json");
    }

    @Test
    void refusesAFileOutsideTheDevicesDirectory() {
        CallToolResult result = reload("../outside.json");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'../outside.json' is outside " + directory)
                .contains("reload_devices only reads devices files inside that directory");
    }

    @Test
    void refusesAnAbsolutePathElsewhere() {
        CallToolResult result = reload("/etc/passwd");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'/etc/passwd' is outside");
    }

    @Test
    void refusesALinkToAFileOutsideTheDevicesDirectory() throws IOException {
        Path link = directory.resolve("link.json");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of("/etc/hostname"));

        CallToolResult result = reload("link.json");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("is a link to /etc/hostname, outside");
    }

    @Test
    void keepsTheDevicesWhenTheFileHasProblemsAndListsThemAll() throws IOException {
        Files.writeString(directory.resolve("broken.json"), """
                {"x-1": {"ip": "127.0.0.1", "port": 99999, "username": "u", "auth": {"type": "password", "password": "p"}},
                 "y-1": {"ip": "127.0.0.1", "port": 22, "auth": {"type": "password", "password": "p"}}}
                """);

        CallToolResult result = reload("broken.json");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("device 'x-1': field 'port'").contains("device 'y-1': field 'username'");
        assertThat(text(network.call("get_router_list", Map.of()))).contains("\"a-1\"").contains("\"b-1\"");
    }

    @Test
    void saysWhenTheFileDoesNotExist() {
        CallToolResult result = reload("nothing-here.json");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Devices file 'nothing-here.json' not found in ");
    }
}
