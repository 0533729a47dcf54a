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

/** The runnable jar, as the README starts it: device lines on stdout, logs elsewhere, stops when stdin closes. */
class SimulatorJarIT {
    private static final Path JAR = Path.of("target", "junos-device-simulator.jar");

    @Test
    void servesDevicesUntilStdinCloses() throws Exception {
        assertThat(JAR).as("the shaded jar, built by package").exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--devices", "2")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            lines.add(stdout.readLine());
            lines.add(stdout.readLine());

            assertThat(lines).allMatch(line -> line.matches("device vsim-0[12] listening on 127\\.0\\.0\\.1:\\d+"));
            int port = Integer.parseInt(lines.get(0).substring(lines.get(0).lastIndexOf(':') + 1));
            try (RawNetconfSession netconf = RawNetconfSession.connect(port, "jmcp", "jmcp", null)) {
                netconf.nextMessage();
                netconf.sendHello(RawNetconfSession.BASE_1_0, RawNetconfSession.BASE_1_1);
                assertThat(netconf.rpc("<command format=\"text\">show version</command>")).contains("Hostname: vsim-01");
            }

            process.getOutputStream().close();
            assertThat(process.waitFor(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout.readLine()).as("nothing but device lines on stdout").isNull();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void printsUsage() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--help").redirectErrorStream(true).start();
        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(help).contains("--devices", "--base-port", "--user", "--password", "--authorized-key",
                "--write-inventory");
    }
}
