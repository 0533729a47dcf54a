package io.jmcp.examples.it;

import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded-client example's runnable jar, started as its README says, against a simulated router. */
class EmbeddedClientJarIT {
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path directory;
    private SimulatorFleet fleet;

    @BeforeEach
    void startDevice() {
        fleet = SimulatorFleet.start(1);
    }

    @AfterEach
    void stopDevice() {
        fleet.close();
    }

    @Test
    void runsTheWholeTourAndExitsCleanly() throws IOException, InterruptedException {
        SimulatedDevice device = fleet.devices().get(0);
        Path stdout = directory.resolve("stdout");
        Path stderr = directory.resolve("stderr");
        ProcessBuilder command = new ProcessBuilder(Repository.javaExecutable().toString(), "-jar",
                Repository.embeddedClientJar().toString(), device.host(), Integer.toString(device.port()), "jmcp", "jmcp")
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(directory.resolve("stdin")).toFile()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        command.environment().put("JUNOS_HOST_KEY_POLICY", "off");

        Process process = command.start();
        boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }

        assertThat(exited).as("exited within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
        assertThat(Files.readString(stdout)).contains("hostname:        " + device.hostname())
                .contains("commit confirmed: confirmed");
        assertThat(Files.readString(stderr)).as("a quiet program: no logging set-up warnings").isEmpty();
    }
}
