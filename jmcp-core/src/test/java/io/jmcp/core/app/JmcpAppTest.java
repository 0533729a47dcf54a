package io.jmcp.core.app;

import io.jmcp.core.mcp.CallerResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JmcpAppTest {
    private static final String ONE_DEVICE = """
            {"r1": {"ip": "127.0.0.1", "port": 830, "username": "u", "auth": {"type": "password", "password": "p"}}}
            """;

    @TempDir
    Path directory;

    @Test
    void loadsTheDevicesFile() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), ONE_DEVICE);

        try (JmcpApp app = JmcpApp.create(ServerOptions.builder(devices).build(), CallerResolver.localUser())) {
            assertThat(app.devices().current().names()).containsExactly("r1");
        }
    }

    @Test
    void reportsTheProblemsOfABadDevicesFileAsAStartupFailure() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), """
                {"r1": {"ip": "127.0.0.1", "port": 0, "username": "u", "auth": {"type": "password", "password": "p"}}}
                """);

        assertThatThrownBy(() -> JmcpApp.create(ServerOptions.builder(devices).build(), CallerResolver.localUser()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("device 'r1'").hasMessageContaining("'port'");
    }

    @Test
    void saysHowToMakeADevicesFileThatDoesNotExist() {
        Path missing = directory.resolve("devices.json");

        assertThatThrownBy(() -> JmcpApp.create(ServerOptions.builder(missing).build(), CallerResolver.localUser()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("it does not exist")
                .hasMessageContaining("There is no " + missing + " yet: make one that lists your routers")
                .hasMessageContaining("examples/configs/devices.json")
                .hasMessageEndingWith("bin/jmcp -t stdio --demo 3");
    }

    @Test
    void pointsAtThePlaceholdersOfTheSeedsTemplate() throws IOException {
        Path template = Files.writeString(directory.resolve("devices-template.json"), """
                {"router-2": {"ip": "192.0.2.2", "port": 22, "username": "user",
                              "auth": {"type": "ssh_key", "private_key_path": "/path/to/private/key.pem"}}}
                """);

        assertThatThrownBy(() -> JmcpApp.create(ServerOptions.builder(template).build(), CallerResolver.localUser()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("device 'router-2': field 'auth.private_key_path'")
                .hasMessageContaining(template + " still holds placeholders (/path/to/...)")
                .hasMessageContaining("Moving from the seed");
    }

    @Test
    void addsNoHintToOtherProblems() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), """
                {"r1": {"ip": "127.0.0.1", "port": 0, "username": "u", "auth": {"type": "password", "password": "p"}}}
                """);

        assertThatThrownBy(() -> JmcpApp.create(ServerOptions.builder(devices).build(), CallerResolver.localUser()))
                .hasMessageNotContaining("placeholders").hasMessageNotContaining("There is no");
    }

    @Test
    void refusesToStartWithoutTheAuditLogItWasAskedFor() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), ONE_DEVICE);
        Path unwritable = directory.resolve("no-such-directory").resolve("audit.jsonl");

        assertThatThrownBy(() -> JmcpApp.create(ServerOptions.builder(devices).auditLog(unwritable).build(),
                CallerResolver.localUser()))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot open the audit log " + unwritable);
    }

    @Test
    void reportsAnInvalidBlockListAsAStartupFailure() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), ONE_DEVICE);
        Files.writeString(directory.resolve("block.cmd"), "request system (reboot\n");

        assertThatThrownBy(() -> JmcpApp.create(ServerOptions.builder(devices).build(), CallerResolver.localUser()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("block.cmd");
    }

    @Test
    void servesAnInventoryHeldInMemory() {
        ServerOptions options = ServerOptions.builder(DemoDevices.inventory(java.util.List.of(
                new DemoDevices.Endpoint("vsim-01", "127.0.0.1", 2222, "jmcp", "jmcp")))).build();

        try (JmcpApp app = JmcpApp.create(options, CallerResolver.localUser())) {
            assertThat(app.devices().current().names()).containsExactly("vsim-01");
        }
    }
}
