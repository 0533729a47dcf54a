package io.jmcp.benchmarks.simulator;

import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.OutputFormat;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * How a fleet of simulated devices scales in one JVM. Starts N devices (500 unless told), then
 * prints: the start time (the first fleet of a JVM also pays class loading and the SSH server's
 * start; a second fleet shows the cost per device); the heap each idle device holds (measured
 * after garbage collection, above the heap before the fleet); the threads the fleet added; the
 * time to connect to every device once with this project's client (SSH login, netconf subsystem,
 * hello exchange, close); and the heap per device once every device has answered one command
 * (which loads its configuration).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.simulator.SimulatorFleetHarness [devices] [parallel]
 * </pre>
 * (500 devices and 8 connections at a time unless told.)
 */
public final class SimulatorFleetHarness {
    private static final int DEFAULT_DEVICES = 500;
    private static final int DEFAULT_PARALLEL = 8;
    private static final int SETTLE_ROUNDS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private SimulatorFleetHarness() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSetup.quietLogging();
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_DEVICES;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PARALLEL;
        System.out.printf("cpus: %d, max heap: %,d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long heapBefore = settledHeapUsed();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long start = System.nanoTime();
        try (SimulatorFleet fleet = SimulatorFleet.start(devices)) {
            printStart("start, cold JVM:", devices, System.nanoTime() - start);
            long idleHeap = settledHeapUsed() - heapBefore;
            System.out.printf("heap, idle fleet:        %,d KB (%,d bytes per device)%n", idleHeap >> 10,
                    idleHeap / devices);
            System.out.printf("threads added:           %d%n",
                    ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore);

            report("connect+hello+close", fleet.devices(), parallel, device -> {
                try (JunosDevice junos = JunosDevice.connect(options(device))) {
                    junos.session();
                }
            });
            report("connect+show version", fleet.devices(), parallel, device -> {
                try (JunosDevice junos = JunosDevice.connect(options(device))) {
                    junos.command("show version", OutputFormat.TEXT);
                }
            });
            System.out.printf("threads, peak in JVM:    %d (client and %d-thread pool included)%n",
                    ManagementFactory.getThreadMXBean().getPeakThreadCount(), parallel);
            long activeHeap = settledHeapUsed() - heapBefore;
            System.out.printf("heap, configurations loaded: %,d KB (%,d bytes per device, client caches included)%n",
                    activeHeap >> 10, activeHeap / devices);
            System.out.printf("open sessions left:      %d%n",
                    fleet.devices().stream().mapToInt(SimulatedDevice::openSessionCount).sum());
        }
        long warmStart = System.nanoTime();
        try (SimulatorFleet warm = SimulatorFleet.start(devices)) {
            printStart("start, second fleet:", warm.devices().size(), System.nanoTime() - warmStart);
        }
    }

    private static void printStart(String what, int devices, long nanos) {
        System.out.printf("%-24s %,d ms for %d devices (%.2f ms per device)%n", what, nanos / 1_000_000, devices,
                nanos / 1e6 / devices);
    }

    /** Runs {@code visit} once per device, {@code parallel} at a time, and prints wall time and latencies. */
    private static void report(String what, List<SimulatedDevice> devices, int parallel,
                               Consumer<SimulatedDevice> visit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            long start = System.nanoTime();
            List<Future<Long>> timings = new ArrayList<>();
            for (SimulatedDevice device : devices) {
                timings.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    visit.accept(device);
                    return System.nanoTime() - begin;
                }));
            }
            long[] nanos = new long[timings.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = timings.get(i).get();
            }
            long wall = System.nanoTime() - start;
            Arrays.sort(nanos);
            System.out.printf("%-24s %,d ms for %d devices, %d at a time (%.0f per second); "
                            + "per device p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    what + ":", wall / 1_000_000, devices.size(), parallel, devices.size() / (wall / 1e9),
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6);
        } finally {
            pool.shutdown();
        }
    }

    private static DeviceOptions options(SimulatedDevice device) {
        return DeviceOptions.builder(device.host()).port(device.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(TIMEOUT).rpcTimeout(TIMEOUT).build();
    }

    /** Heap in use once garbage collection has nothing more to free. */
    private static long settledHeapUsed() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
