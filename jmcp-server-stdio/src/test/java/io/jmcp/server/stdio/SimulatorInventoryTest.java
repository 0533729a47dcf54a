package io.jmcp.server.stdio;

import io.jmcp.simulator.SimulatorMain;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator as a user runs it, a background process with stdin closed, and jmcp serving the
 * simulator's own inventory with the default strict host-key check: no edits, no ssh-keyscan.
 * With a state folder, the known_hosts written by the first run still validates after a restart.
 */
class SimulatorInventoryTest {
    @TempDir
    Path files;

    @Test
    void jmcpServesTheSimulatorsOwnInventoryWithStrictHostKeysAcrossRestarts() throws Exception {
        Path state = files.resolve("state");
        Path inventory = files.resolve("devices.json");
        int basePort = freePort();
        try (Simulator simulator = Simulator.start("--devices", "2", "--base-port", Integer.toString(basePort),
                "--state-dir", state.toString(), "--write-inventory", inventory.toString())) {
            assertThat(Files.readString(inventory)).doesNotContain("host_key");
            assertThat(showVersion(inventory, "vsim-02")).contains("Hostname: vsim-02");
            assertThat(simulator.stop()).contains("junos-device-simulator: stopping 2 device(s) because the process"
                    + " was asked to terminate (SIGTERM or Ctrl-C)");
        }
        Path secondInventory = files.resolve("again.json");
        try (Simulator simulator = Simulator.start("--devices", "2", "--base-port", Integer.toString(basePort),
                "--state-dir", state.toString(), "--write-inventory", secondInventory.toString())) {
            assertThat(showVersion(inventory, "vsim-01")).as("the first run's inventory and known_hosts")
                    .contains("Hostname: vsim-01");
            simulator.stop();
        }
        try (Simulator simulator = Simulator.start("--devices", "2", "--base-port", Integer.toString(basePort))) {
            assertThat(showVersion(inventory, "vsim-01")).as("no state folder: a new key, which strict refuses")
                    .contains("host key");
            simulator.stop();
        }
    }

    /** {@code show version} through jmcp's stdio server: the text on success, the error text otherwise. */
    private static String showVersion(Path inventory, String router) {
        try (McpServerProcess server = McpServerProcess.start(StdioServerMain.class, "-f", inventory.toString())) {
            CallToolResult result = server.call("execute_junos_command",
                    Map.of("router_name", router, "command", "show version"));
            return (result.isError() ? "isError: " : "") + text(result);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The simulator's main class in a JVM of its own, stdin at its end from the start, as `... &` leaves it. */
    private static final class Simulator implements AutoCloseable {
        private final Process process;

        private Simulator(Process process) {
            this.process = process;
        }

        static Simulator start(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(McpServerProcess.javaExecutable()));
            command.addAll(McpServerProcess.javaArguments(SimulatorMain.class, args));
            Process process = new ProcessBuilder(command).redirectInput(new File("/dev/null")).start();
            Simulator simulator = new Simulator(process);
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            for (int device = 0; device < 2; device++) {
                String line = stdout.readLine();
                if (line == null) {
                    simulator.close();
                    throw new IllegalStateException("the simulator exited: "
                            + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return simulator;
        }

        /** SIGTERM, then its stderr. */
        String stop() throws Exception {
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
