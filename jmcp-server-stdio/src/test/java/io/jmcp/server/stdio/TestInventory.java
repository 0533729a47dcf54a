package io.jmcp.server.stdio;

import io.jmcp.simulator.DeviceSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** devices.json files for tests: loopback devices with the simulator's default login, host keys unchecked. */
final class TestInventory {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestInventory() {
    }

    /** Writes {@code file} listing each device name with its port. */
    static Path write(Path file, Map<String, Integer> ports) {
        ObjectNode inventory = JSON.createObjectNode();
        ports.forEach((name, port) -> {
            ObjectNode device = inventory.putObject(name);
            device.put("ip", "127.0.0.1");
            device.put("port", port);
            device.put("username", DeviceSpec.DEFAULT_USER);
            device.putObject("auth").put("type", "password").put("password", DeviceSpec.DEFAULT_PASSWORD);
            device.put("host_key", "off");
        });
        try {
            Files.writeString(file, JSON.writeValueAsString(inventory));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return file;
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
