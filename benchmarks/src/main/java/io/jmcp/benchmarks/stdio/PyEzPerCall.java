package io.jmcp.benchmarks.stdio;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The seed project's per-call path measured with its own client library: PyEZ opens a device,
 * runs one CLI command and closes it, against a simulated device in this JVM. No MCP layer, so
 * the figure is a lower bound of what the seed took per {@code execute_junos_command}.
 */
final class PyEzPerCall {
    private static final String SCRIPT = "pyez_per_call.py";
    private static final long SECONDS_PER_CALL_AT_MOST = 30;

    private PyEzPerCall() {
    }

    /**
     * @throws IllegalStateException when Python or PyEZ is missing or the script fails
     */
    static LatencyStats measure(String python, String command, int warmup, int calls) {
        Path script = extractScript();
        try (SimulatorFleet fleet = SimulatorFleet.start(1)) {
            SimulatedDevice device = fleet.devices().get(0);
            Process run = new ProcessBuilder(python, script.toString(), device.host(), Integer.toString(device.port()),
                    DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD, command, Integer.toString(warmup),
                    Integer.toString(calls))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            // Its output (a line per call) fits in the pipe's buffer: wait first, read after, never block.
            if (!run.waitFor((long) (warmup + calls) * SECONDS_PER_CALL_AT_MOST, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("the PyEZ script did not finish in time");
            }
            List<Long> nanos = readLatencies(run);
            if (run.exitValue() != 0 || nanos.size() != calls) {
                throw new IllegalStateException("the PyEZ script failed (exit " + run.exitValue() + ", "
                        + nanos.size() + " of " + calls + " calls measured)");
            }
            return LatencyStats.of(nanos.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + python + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            script.toFile().delete();
        }
    }

    private static List<Long> readLatencies(Process run) throws IOException {
        List<Long> nanos = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                nanos.add(Long.parseLong(line.strip()));
            }
        }
        return nanos;
    }

    private static Path extractScript() {
        try (InputStream in = PyEzPerCall.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the benchmarks jar");
            }
            Path script = Files.createTempFile("pyez-per-call", ".py");
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            return script;
        } catch (IOException e) {
            throw new IllegalStateException("cannot extract " + SCRIPT + ": " + e.getMessage(), e);
        }
    }
}
