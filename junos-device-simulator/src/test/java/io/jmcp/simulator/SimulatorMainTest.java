package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line, run in-process with its own stdin and stdout. */
class SimulatorMainTest {
    private static final Pattern DEVICE_LINE = Pattern.compile("device (vsim-\\d+) listening on 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path files;

    @Test
    void printsALinePerDeviceAndStopsWhenStdinClosesIfAskedTo() throws Exception {
        try (Run run = Run.start("--devices", "2")) {
            List<String> lines = run.awaitLines(2);

            assertThat(lines).allMatch(line -> DEVICE_LINE.matcher(line).matches());
            int port = port(lines.get(1));
            try (RawNetconfSession netconf = RawNetconfSession.connect(port, "jmcp", "jmcp", null)) {
                assertThat(netconf.nextMessage()).contains("<hello");
            }

            assertThat(run.closeStdinAndAwaitExit()).isZero();
            Assertions.assertThatThrownBy(() -> new Socket(SimulatedDevice.HOST, port).close())
                    .isInstanceOf(ConnectException.class);
            assertThat(run.err()).contains("junos-device-simulator: 2 device(s) running; stopping when stdin ends")
                    .contains("junos-device-simulator: stopping 2 device(s) because stdin reached its end"
                            + " (--stop-at-end-of-stdin)")
                    .endsWith("junos-device-simulator: stopped\n");
        }
    }

    @Test
    void writesAKnownHostsFileThatTheInventoryNames() throws Exception {
        Path inventory = files.resolve("lab.json");
        try (Run run = Run.start("--devices", "2", "--write-inventory", inventory.toString())) {
            List<String> lines = run.awaitLines(2);

            Path knownHosts = files.resolve("lab.known_hosts");
            JsonNode devices = JsonMapper.builder().build().readTree(inventory.toFile());
            assertThat(devices.get("vsim-01").get("known_hosts").asString()).isEqualTo(knownHosts.toString());
            assertThat(devices.get("vsim-02").get("known_hosts").asString()).isEqualTo(knownHosts.toString());
            assertThat(Files.readAllLines(knownHosts)).satisfiesExactly(
                    first -> assertThat(first).matches("\\[127\\.0\\.0\\.1]:" + port(lines.get(0))
                            + " ssh-ed25519 [A-Za-z0-9+/=]+"),
                    second -> assertThat(second).startsWith("[127.0.0.1]:" + port(lines.get(1)) + " ssh-ed25519 "));
            run.closeStdinAndAwaitExit();
        }
    }

    @Test
    void keepsTheHostKeyAcrossRestartsInTheStateFolder() throws Exception {
        Path state = files.resolve("state");
        Path inventory = files.resolve("devices.json");
        Path knownHosts = files.resolve("devices.known_hosts");
        int base = freePort();
        String firstKnownHosts;
        try (Run run = Run.start("--base-port", Integer.toString(base), "--state-dir", state.toString(),
                "--write-inventory", inventory.toString())) {
            run.awaitLines(1);
            firstKnownHosts = Files.readString(knownHosts);
            run.closeStdinAndAwaitExit();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
        try (Run run = Run.start("--base-port", Integer.toString(base), "--state-dir", state.toString(),
                "--write-inventory", inventory.toString())) {
            run.awaitLines(1);

            assertThat(Files.readString(knownHosts)).isEqualTo(firstKnownHosts);
            run.closeStdinAndAwaitExit();
        }
        try (Run run = Run.start("--base-port", Integer.toString(base), "--write-inventory", inventory.toString())) {
            run.awaitLines(1);

            assertThat(Files.readString(knownHosts)).as("no state folder: a new key").isNotEqualTo(firstKnownHosts);
            run.closeStdinAndAwaitExit();
        }
    }

    @Test
    void explainsAStateFolderItCannotCreate() throws Exception {
        Path file = Files.writeString(files.resolve("plain-file"), "x");
        try (Run run = Run.start("--state-dir", file.resolve("state").toString())) {
            assertThat(run.awaitExit()).isEqualTo(SimulatorMain.USAGE_ERROR);
            assertThat(run.err()).contains("--state-dir " + file.resolve("state") + " cannot be created");
        }
    }

    @Test
    void writesAPasswordInventoryInTheSeedFormat() throws Exception {
        Path inventory = files.resolve("devices.json");
        try (Run run = Run.start("--devices", "2", "--user", "lab", "--password", "s3cret",
                "--write-inventory", inventory.toString())) {
            List<String> lines = run.awaitLines(2);

            JsonNode devices = JsonMapper.builder().build().readTree(inventory.toFile());
            assertThat(devices.propertyNames()).containsExactly("vsim-01", "vsim-02");
            JsonNode first = devices.get("vsim-01");
            assertThat(first.get("ip").asString()).isEqualTo("127.0.0.1");
            assertThat(first.get("port").asInt()).isEqualTo(port(lines.get(0)));
            assertThat(first.get("username").asString()).isEqualTo("lab");
            assertThat(first.get("auth").get("type").asString()).isEqualTo("password");
            assertThat(first.get("auth").get("password").asString()).isEqualTo("s3cret");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inventory))).isEqualTo("rw-------");
            run.closeStdinAndAwaitExit();
        }
    }

    @Test
    void authorizesTheKeyItWritesToTheInventory() throws Exception {
        Path privateKey = TestKeys.writeOpenSsh(TestKeys.newKeyPair(), files, "id_lab");
        Path inventory = files.resolve("devices.json");
        try (Run run = Run.start("--private-key", privateKey.toString(), "--write-inventory", inventory.toString())) {
            int port = port(run.awaitLines(1).get(0));

            JsonNode auth = JsonMapper.builder().build().readTree(inventory.toFile()).get("vsim-01").get("auth");
            assertThat(auth.get("type").asString()).isEqualTo("ssh_key");
            assertThat(auth.get("private_key_path").asString()).isEqualTo(privateKey.toAbsolutePath().toString());
            Assertions.assertThatThrownBy(() -> RawNetconfSession.connect(port, "jmcp", "jmcp", null))
                    .as("keys only: no password").isInstanceOf(IllegalStateException.class);
            run.closeStdinAndAwaitExit();
        }
    }

    @Test
    void listensOnConsecutivePortsFromTheBasePort() throws Exception {
        int base = freePort();
        try (Run run = Run.start("--devices", "3", "--base-port", Integer.toString(base), "--platform", "EX")) {
            assertThat(run.awaitLines(3)).extracting(SimulatorMainTest::port).containsExactly(base, base + 1, base + 2);
            run.closeStdinAndAwaitExit();
        }
    }

    @Test
    void explainsAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Run run = Run.start("--base-port", Integer.toString(taken.getLocalPort()))) {
            assertThat(run.awaitExit()).isEqualTo(SimulatorMain.FAILURE);
            assertThat(run.err()).contains("vsim-01", Integer.toString(taken.getLocalPort()));
        }
    }

    @Test
    void rejectsANonPositiveDeviceCount() throws Exception {
        try (Run run = Run.start("--devices", "0")) {
            assertThat(run.awaitExit()).isEqualTo(SimulatorMain.USAGE_ERROR);
            assertThat(run.err()).contains("--devices must be at least 1");
        }
    }

    @Test
    void rejectsAnUnknownOption() throws Exception {
        try (Run run = Run.start("--frobnicate")) {
            assertThat(run.awaitExit()).isEqualTo(SimulatorMain.USAGE_ERROR);
            assertThat(run.err()).contains("--frobnicate");
        }
    }

    private static int port(String line) {
        Matcher matcher = DEVICE_LINE.matcher(line);
        assertThat(matcher.matches()).as(line).isTrue();
        return Integer.parseInt(matcher.group(2));
    }

    /** A port free now, with a few free after it (the OS hands out ephemeral ports upwards). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** One run of the command line on a thread of its own, with piped stdin and captured output. */
    private static final class Run implements AutoCloseable {
        private final PipedOutputStream stdin = new PipedOutputStream();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Integer> exit;

        private Run(String... args) throws IOException {
            PipedInputStream in = new PipedInputStream(stdin);
            SimulatorMain main = new SimulatorMain(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = CompletableFuture.supplyAsync(() -> new CommandLine(main)
                    .setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true))
                    .execute(args));
        }

        /** Runs with {@code --stop-at-end-of-stdin}, so that closing stdin ends the run. */
        static Run start(String... args) throws IOException {
            List<String> withStop = new java.util.ArrayList<>(List.of(args));
            withStop.add("--stop-at-end-of-stdin");
            return new Run(withStop.toArray(String[]::new));
        }

        List<String> awaitLines(int count) {
            Eventually.assertThat(() -> lines().size() >= count || exit.isDone(), count + " device lines");
            assertThat(exit).as("stderr: %s", err()).isNotDone();
            return lines();
        }

        int closeStdinAndAwaitExit() throws Exception {
            stdin.close();
            return awaitExit();
        }

        int awaitExit() throws Exception {
            return exit.get(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        private List<String> lines() {
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        }

        @Override
        public void close() throws Exception {
            stdin.close();
            exit.get(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
