package io.jmcp.server.stdio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The stdio server's options for add_device and reload_devices, refused when they cannot work. */
class StdioToolOptionsTest {
    @TempDir
    Path directory;

    @Test
    void refusesToPersistDevicesWithoutADevicesFile() {
        try (RawServerProcess server = RawServerProcess.start("--demo", "1", "--persist-devices")) {
            assertThat(server.awaitExit()).isEqualTo(StdioServerMain.EXIT_CONFIGURATION);
            assertThat(String.join("\n", server.stderr())).contains("--persist-devices writes added devices to the "
                    + "devices file: give it with -f/--device-mapping.");
        }
    }

    @Test
    void refusesAConfigDirectoryThatDoesNotExist() {
        Path missing = directory.resolve("missing");
        try (RawServerProcess server = RawServerProcess.start("--demo", "1", "--config-dir", missing.toString())) {
            assertThat(server.awaitExit()).isEqualTo(StdioServerMain.EXIT_CONFIGURATION);
            assertThat(String.join("\n", server.stderr()))
                    .contains("--config-dir must name an existing directory, got " + missing);
        }
    }
}
