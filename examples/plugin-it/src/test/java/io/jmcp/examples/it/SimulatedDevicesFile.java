package io.jmcp.examples.it;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A devices.json in the seed's format for simulated routers: their default login, and no host
 * key check (each fleet makes a new host key, which no known_hosts holds).
 */
final class SimulatedDevicesFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SimulatedDevicesFile() {
    }

    static Path write(Path file, SimulatorFleet fleet) {
        ObjectNode devices = JSON.createObjectNode();
        for (SimulatedDevice device : fleet.devices()) {
            ObjectNode entry = devices.putObject(device.name());
            entry.put("ip", device.host());
            entry.put("port", device.port());
            entry.put("username", DeviceSpec.DEFAULT_USER);
            entry.putObject("auth").put("type", "password").put("password", DeviceSpec.DEFAULT_PASSWORD);
            entry.put("host_key", "off");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(devices));
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
