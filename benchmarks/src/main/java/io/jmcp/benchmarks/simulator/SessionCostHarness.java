package io.jmcp.benchmarks.simulator;

import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.benchmarks.process.ServerProcess;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.OutputFormat;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.time.Duration;
import java.util.Arrays;

/**
 * What one device session costs, without MCP: this project's client against a simulated device
 * in the same JVM. First a session per call, as {@code --no-session-pool} does it, timed per phase
 * (SSH connect, key exchange, login and NETCONF hello; the command; close-session and disconnect);
 * then RPCs on one open session. Prints percentiles, the JVM's CPU time per session or RPC (client
 * and simulator together), and how many RPCs took 38 to 48 ms, the mark of a segment held back by
 * Nagle's algorithm until the peer's delayed ACK.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.simulator.SessionCostHarness [sessions] [rpcs]
 * </pre>
 * (500 sessions and 5000 RPCs unless told, each after as many warm-up rounds.)
 */
public final class SessionCostHarness {
    private static final String COMMAND = "show version";
    private static final long DELAYED_ACK_FROM = Duration.ofMillis(38).toNanos();
    private static final long DELAYED_ACK_TO = Duration.ofMillis(48).toNanos();

    private SessionCostHarness() {
    }

    public static void main(String[] args) {
        BenchmarkSetup.quietLogging();
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rpcs = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        try (SimulatorFleet fleet = SimulatorFleet.start(1)) {
            DeviceOptions options = optionsFor(fleet.devices().get(0));
            sessionPerCall(options, sessions);
            sessionPerCall(options, sessions);
            pooled(options, rpcs);
            pooled(options, rpcs);
        }
    }

    private static void sessionPerCall(DeviceOptions options, int sessions) {
        long[] connect = new long[sessions];
        long[] command = new long[sessions];
        long[] close = new long[sessions];
        long[] total = new long[sessions];
        ServerProcess.Counters before = ServerProcess.self().counters();
        for (int i = 0; i < sessions; i++) {
            long started = System.nanoTime();
            JunosDevice device = JunosDevice.connect(options);
            long connected = System.nanoTime();
            device.command(COMMAND, OutputFormat.TEXT);
            long answered = System.nanoTime();
            device.close();
            long closed = System.nanoTime();
            connect[i] = connected - started;
            command[i] = answered - connected;
            close[i] = closed - answered;
            total[i] = closed - started;
        }
        ServerProcess.Counters used = ServerProcess.self().counters().since(before);
        System.out.printf("session per call (%d): total %s; connect+login+hello %s; command %s; close %s; %s per session%n",
                sessions, percentiles(total), percentiles(connect), percentiles(command), percentiles(close),
                used.perOperation(sessions));
    }

    private static void pooled(DeviceOptions options, int rpcs) {
        long[] nanos = new long[rpcs];
        try (JunosDevice device = JunosDevice.connect(options)) {
            ServerProcess.Counters before = ServerProcess.self().counters();
            for (int i = 0; i < rpcs; i++) {
                long started = System.nanoTime();
                device.command(COMMAND, OutputFormat.TEXT);
                nanos[i] = System.nanoTime() - started;
            }
            ServerProcess.Counters used = ServerProcess.self().counters().since(before);
            long heldBack = Arrays.stream(nanos).filter(n -> n >= DELAYED_ACK_FROM && n <= DELAYED_ACK_TO).count();
            System.out.printf("one open session (%d RPCs): %s; %s per RPC; %d RPCs took 38-48 ms%n", rpcs,
                    percentiles(nanos), used.perOperation(rpcs), heldBack);
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f / p90 %.2f / p99 %.2f ms", millis(sorted, 50), millis(sorted, 90),
                millis(sorted, 99));
    }

    private static double millis(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    private static DeviceOptions optionsFor(SimulatedDevice device) {
        return DeviceOptions.builder(device.host()).port(device.port()).username(DeviceSpec.DEFAULT_USER)
                .password(DeviceSpec.DEFAULT_PASSWORD).hostKeyPolicy(HostKeyPolicy.OFF).build();
    }
}
