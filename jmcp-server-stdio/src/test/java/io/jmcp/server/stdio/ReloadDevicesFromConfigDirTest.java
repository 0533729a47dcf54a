package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** reload_devices with --config-dir: that directory, and no other, holds the reloadable files. */
class ReloadDevicesFromConfigDirTest {
    @TempDir
    static Path temporary;
    private static Path configDirectory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() throws IOException {
        configDirectory = Files.createDirectories(temporary.resolve("reloadable"));
        network = SimulatedNetwork.in(temporary).devices("a-1")
                .serverArgs("--config-dir", configDirectory.toString()).start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void reloadsAFileOfTheConfigDirectory() {
        TestInventory.write(configDirectory.resolve("next.json"), Map.of("a-1", network.device("a-1").port(),
                "a-2", network.device("a-1").port()));

        CallToolResult result = network.call("reload_devices", Map.of("file_name", "next.json"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("Added: a-2");
    }

    @Test
    void refusesTheDevicesFilesOwnDirectory() {
        CallToolResult result = network.call("reload_devices",
                Map.of("file_name", network.devicesFile().toString()));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("is outside " + configDirectory);
    }
}
