package io.jmcp.server.stdio;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.spec.McpSchema;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Simulated devices in the test's JVM, where the test can fault them and observe their
 * configuration, plus routers that are down, all in a devices.json served by a stdio server
 * subprocess driven by the MCP SDK's client.
 */
final class SimulatedNetwork implements AutoCloseable {
    private final SimulatorFleet fleet;
    private final Path devicesFile;
    private final McpServerProcess server;

    private SimulatedNetwork(Builder builder) {
        fleet = SimulatorFleet.start(builder.specs);
        Map<String, Integer> ports = new LinkedHashMap<>();
        fleet.devices().forEach(device -> ports.put(device.name(), device.port()));
        builder.downRouters.forEach(name -> ports.put(name, TestInventory.closedPort()));
        devicesFile = TestInventory.write(builder.directory.resolve("devices.json"), ports);
        List<String> args = new ArrayList<>(List.of("-f", devicesFile.toString()));
        args.addAll(builder.serverArgs);
        McpServerProcess.Builder process = McpServerProcess.mainClass(StdioServerMain.class, args.toArray(String[]::new));
        if (builder.elicitation != null) {
            process.elicitation(builder.elicitation);
        }
        builder.environment.forEach(process::environment);
        process.requestTimeout(builder.requestTimeout);
        try {
            server = process.start();
        } catch (RuntimeException failure) {
            fleet.close();
            throw failure;
        }
    }

    static Builder in(Path directory) {
        return new Builder(directory);
    }

    SimulatedDevice device(String name) {
        return fleet.device(name);
    }

    McpServerProcess server() {
        return server;
    }

    Path devicesFile() {
        return devicesFile;
    }

    McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return server.call(tool, arguments);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            fleet.close();
        }
    }

    static final class Builder {
        private final Path directory;
        private final List<DeviceSpec> specs = new ArrayList<>();
        private final List<String> downRouters = new ArrayList<>();
        private final List<String> serverArgs = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> elicitation;
        private Duration requestTimeout = Duration.ofSeconds(60);

        private Builder(Path directory) {
            this.directory = directory;
        }

        Builder device(DeviceSpec spec) {
            specs.add(spec);
            return this;
        }

        /** Devices named {@code names}, with every default. */
        Builder devices(String... names) {
            for (String name : names) {
                specs.add(DeviceSpec.builder(name).build());
            }
            return this;
        }

        /** Routers in devices.json on a port where nothing listens. */
        Builder down(String... names) {
            downRouters.addAll(List.of(names));
            return this;
        }

        Builder serverArgs(String... args) {
            serverArgs.addAll(List.of(args));
            return this;
        }

        Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        Builder elicitation(Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> handler) {
            this.elicitation = handler;
            return this;
        }

        Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        SimulatedNetwork start() {
            return new SimulatedNetwork(this);
        }
    }
}
