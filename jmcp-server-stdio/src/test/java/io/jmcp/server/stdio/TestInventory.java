package io.jmcp.server.stdio;

import io.jmcp.simulator.DeviceSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** devices.json files for tests: loopback devices with the simulator's default login, host keys unchecked. */
final class TestInventory {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Sockets reserving refused ports; they close when the test JVM exits. */
    private static final List<Socket> HELD_PORTS = new CopyOnWriteArrayList<>();

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

    /**
     * A loopback port that refuses connections for as long as the test JVM runs: a socket is bound
     * to it (without SO_REUSEADDR) but never listens, so no simulator started later, in this JVM or
     * another, can take the port and answer where a test expects a device that is down.
     */
    static int closedPort() {
        Socket holder = new Socket();
        try {
            holder.setReuseAddress(false);
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        HELD_PORTS.add(holder);
        return holder.getLocalPort();
    }
}
