package io.jmcp.server.stdio;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.UserAccount;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** add_device for a client that cannot show forms (no elicitation capability), without --persist-devices. */
class AddDeviceWithoutFormsTest {
    private static final KeyPair OPS_KEY = TestKeys.newKeyPair();
    @TempDir
    static Path directory;
    private static Path privateKey;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() {
        privateKey = TestKeys.writePrivateKey(OPS_KEY, directory.resolve("ops_key"));
        network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("keyed-1").users(List.of(
                        UserAccount.withPassword(DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD),
                        UserAccount.withKeys("ops", List.of(OPS_KEY.getPublic())))).build())
                .start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void tellsTheUserToPassTheDetailsAsArguments() {
        CallToolResult result = network.call("add_device", Map.of("device_name", "edge-7"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("add_device needs device_ip, device_port, username, ssh_key_path: this "
                + "MCP client cannot show forms (no elicitation support), so pass every detail as arguments "
                + "(device_name, device_ip, device_port, username, ssh_key_path)");
    }

    @Test
    void addsTheDeviceFromArgumentsAloneInMemoryOnly() {
        CallToolResult result = network.call("add_device", Map.of("device_name", "edge-8", "device_ip", "127.0.0.1",
                "device_port", network.device("keyed-1").port(), "username", "ops",
                "ssh_key_path", privateKey.toString(), "host_key", "strict"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("until the server stops (not saved to a file)");
        assertThat(text(network.call("get_router_list", Map.of()))).contains("\"edge-8\"");
    }

    @Test
    void treatsTheSeedsEmptyDefaultsAsMissing() {
        CallToolResult result = network.call("add_device", Map.of("device_name", "", "device_ip", "",
                "device_port", 0, "username", "", "ssh_key_path", ""));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("add_device needs device_name, device_ip, device_port, username, "
                + "ssh_key_path");
    }
}
