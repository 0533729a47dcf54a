package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The runnable jar, as the README starts it: device lines on stdout, logs and why it stops on stderr. */
class SimulatorJarIT {
    private static final Path JAR = Path.of("target", "junos-device-simulator.jar");

    @Test
    void keepsServingWithStdinClosedUntilSigtermAndSaysWhyItStops() throws Exception {
        Process process = start("--devices", "2");
        try (BufferedReader stdout = reader(process.getInputStream());
             BufferedReader stderr = reader(process.getErrorStream())) {
            process.getOutputStream().close();
            List<String> lines = List.of(stdout.readLine(), stdout.readLine());
            assertThat(lines).allMatch(line -> line.matches("device vsim-0[12] listening on 127\\.0\\.0\\.1:\\d+"));

            assertThat(showVersion(port(lines.get(0)))).as("still serving after stdin closed").contains("Hostname: vsim-01");

            // SIGTERM, through the handle: Process.destroy() would also close our ends of its pipes.
            process.toHandle().destroy();
            assertThat(process.waitFor(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(stderr.lines()).containsSubsequence(
                    "junos-device-simulator: 2 device(s) running; stop with Ctrl-C or SIGTERM",
                    "junos-device-simulator: stopping 2 device(s) because the process was asked to terminate"
                            + " (SIGTERM or Ctrl-C)",
                    "junos-device-simulator: stopped");
            assertThat(stdout.readLine()).as("nothing but device lines on stdout").isNull();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void stopsAtTheEndOfStdinWhenAskedTo() throws Exception {
        Process process = start("--stop-at-end-of-stdin");
        try (BufferedReader stdout = reader(process.getInputStream());
             BufferedReader stderr = reader(process.getErrorStream())) {
            assertThat(showVersion(port(stdout.readLine()))).contains("Hostname: vsim-01");

            process.getOutputStream().close();
            assertThat(process.waitFor(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stderr.lines()).contains("junos-device-simulator: stopping 1 device(s) because stdin reached"
                    + " its end (--stop-at-end-of-stdin)");
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process start(String... args) throws IOException {
        assertThat(JAR).as("the shaded jar, built by package").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static BufferedReader reader(java.io.InputStream stream) {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private static int port(String deviceLine) {
        return Integer.parseInt(deviceLine.substring(deviceLine.lastIndexOf(':') + 1));
    }

    private static String showVersion(int port) throws Exception {
        try (RawNetconfSession netconf = RawNetconfSession.connect(port, "jmcp", "jmcp", null)) {
            netconf.nextMessage();
            netconf.sendHello(RawNetconfSession.BASE_1_0, RawNetconfSession.BASE_1_1);
            return netconf.rpc("<command format=\"text\">show version</command>");
        }
    }

    @Test
    void printsUsage() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--help").redirectErrorStream(true).start();
        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(help).contains("--devices", "--base-port", "--user", "--password", "--authorized-key",
                "--write-inventory", "--state-dir", "--stop-at-end-of-stdin");
    }
}
