package io.jmcp.benchmarks.stdio;

import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.benchmarks.process.CommandLine;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.json.McpJsonDefaults;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start of the stdio server as an MCP client launches it: {@code bin/jmcp -t stdio -f devices.json}
 * to the {@code initialize} answer, then the first tool call on a simulated router, against
 * {@code java -version} measured in the same run. With {@code --transport streamable-http}, the same
 * for the HTTP server: {@code bin/jmcp -t streamable-http -f devices.json -H 127.0.0.1 -p PORT} to
 * its first answered request (initialize, sent once the listener accepts a connection). Either clock
 * stops when the {@code initialize} answer arrives, not after the {@code notifications/initialized}
 * that follows. The runs interleave
 * (java -version, then the server, seven times by default), so that a machine busy with other work
 * slows both alike; the figure that matters is the ratio, per run and of the medians.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.stdio.ColdStartBenchmark
 *     [--launcher bin/jmcp] [--runs 7] [--java java] [--transport stdio|streamable-http]</pre>
 *
 * The launcher runs as it would for a user: with its class-data archive unless
 * {@code JMCP_CLASS_ARCHIVE=off} is in the environment (compare both to see what the archive gives).
 */
public final class ColdStartBenchmark {
    private static final String ROUTER = "vsim-01";

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSetup.quietLogging();
        CommandLine options = new CommandLine(args);
        int runs = options.intValue("--runs", 7);
        String java = options.value("--java", "java");
        Path launcher = Path.of(options.value("--launcher", "bin/jmcp")).toAbsolutePath();
        boolean http = "streamable-http".equals(options.value("--transport", "stdio"));
        List<Double> javaVersion = new ArrayList<>();
        List<Double> initialize = new ArrayList<>();
        List<Double> firstCall = new ArrayList<>();
        try (SimulatorFleet routers = SimulatorFleet.start(List.of(DeviceSpec.builder(ROUTER).build()))) {
            Path devices = writeDevicesFile(routers.device(ROUTER));
            for (int run = 1; run <= runs; run++) {
                javaVersion.add(javaVersionMillis(java));
                long started = System.nanoTime();
                try (BenchmarkClient client = http ? launchHttp(launcher, devices) : launchStdio(launcher, devices)) {
                    initialize.add((client.initializeAnsweredNanos() - started) / 1e6);
                    long calling = System.nanoTime();
                    client.callTool("execute_junos_command", Map.of("router_name", ROUTER, "command", "show version"));
                    firstCall.add(millisSince(calling));
                }
                System.out.printf("run %d: java -version %.0f ms, initialize %.0f ms (%.1fx), first tool call +%.0f ms;"
                        + " load average %s%n", run, last(javaVersion), last(initialize),
                        last(initialize) / last(javaVersion), last(firstCall), loadAverage());
            }
        }
        double ratio = median(initialize) / median(javaVersion);
        System.out.printf("%n%s, medians over %d interleaved runs: java -version %.0f ms, initialize %.0f ms, first tool call"
                + " +%.0f ms%ninitialize / java -version: %.1fx (median of per-run ratios %.1fx); target <= 8x, first"
                + " call <= 500 ms; load average %s (the machine's other work: compare ratios of runs at a like load)%n",
                http ? "streamable-http" : "stdio", runs, median(javaVersion), median(initialize), median(firstCall), ratio,
                medianRatio(initialize, javaVersion), loadAverage());
    }

    private static BenchmarkClient launchStdio(Path launcher, Path devices) {
        return new LineStdioClient(List.of(launcher.toString(), "-t", "stdio", "-f", devices.toString()));
    }

    /** On a free loopback port, without tokens (a token check is not what a start costs). */
    private static BenchmarkClient launchHttp(Path launcher, Path devices) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path noTokens = devices.resolveSibling(devices.getFileName() + ".absent-tokens");
        return new LaunchedHttpClient(List.of(launcher.toString(), "-t", "streamable-http", "-f", devices.toString(),
                "-H", "127.0.0.1", "-p", Integer.toString(port), "--tokens", noTokens.toString(),
                "--allow-unauthenticated-http"), URI.create("http://127.0.0.1:" + port + "/mcp"));
    }

    private static double javaVersionMillis(String java) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(java + " -version failed");
        }
        return millisSince(started);
    }

    /** A devices file for the launcher: the simulated router, host key not checked (the simulator's is new). */
    private static Path writeDevicesFile(SimulatedDevice router) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("ip", router.host());
        entry.put("port", router.port());
        entry.put("username", DeviceSpec.DEFAULT_USER);
        entry.put("auth", Map.of("type", "password", "password", DeviceSpec.DEFAULT_PASSWORD));
        entry.put("host_key", "off");
        Path file = Files.createTempFile("jmcp-cold-start-", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, McpJsonDefaults.getMapper().writeValueAsString(Map.of(ROUTER, entry)));
        return file;
    }

    /** The one-minute load average, or "unknown" where the platform has none. */
    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.1f", load);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double medianRatio(List<Double> numerators, List<Double> denominators) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            ratios.add(numerators.get(i) / denominators.get(i));
        }
        return median(ratios);
    }
}
