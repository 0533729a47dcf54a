package io.jmcp.benchmarks.transaction;

import io.jmcp.benchmarks.Figures;
import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.simulator.SimulatorFleet;
import io.jmcp.testfixtures.tools.SimulatedToolContext;
import io.jmcp.tools.LoadAndCommitConfig;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A network-wide transaction at scale: load_and_commit_config with {@code atomic: true} making a
 * one-line change on N simulated routers (500 unless told) in this JVM, routers and jmcp together.
 * Each line prints the wall time, the process CPU time, and the heap (peak during the call, and
 * settled after it). Runs, in order: the atomic change with an empty session pool (every router
 * logs in), the same again with the pool warm, and the baseline: the same change without
 * {@code atomic} (one commit per router, no proof, no confirm), whose wall time the atomic runs are
 * given as a ratio of; and last the atomic change with a new, empty pool again: a cold pool in a JVM
 * whose code is compiled by then, which tells the logins' cost from the JIT's warm-up that the first
 * run also pays. A second line splits each run's CPU time by side ({@link SideCpuSampler}): what
 * jmcp spends, what the simulated routers spend (a real fleet pays that on its routers), and the
 * JVM's own; and gives the machine's load average, which the wall times depend on.
 *
 * <pre>
 * mvn -B -q -o -pl benchmarks -am package -DskipTests
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.transaction.AtomicChangeHarness [routers] [concurrency]
 * </pre>
 * (500 routers, 32 at a time, the server's default --batch-concurrency, unless told.)
 */
public final class AtomicChangeHarness {
    private static final int DEFAULT_ROUTERS = 500;
    private static final int DEFAULT_CONCURRENCY = 32;
    private static final Duration RPC_TIMEOUT = Duration.ofSeconds(120);
    private static final int LAST_BUILDING = 4;

    private AtomicChangeHarness() {
    }

    public static void main(String[] args) {
        BenchmarkSetup.quietLogging();
        int routers = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUTERS;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_CONCURRENCY;
        System.out.printf("cpus: %d, max heap: %,d MB, routers: %d, %d at a time%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, routers,
                concurrency);
        try (SimulatorFleet fleet = SimulatorFleet.start(routers);
             SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())
                     .withBatches(concurrency, RPC_TIMEOUT);
             SideCpuSampler sides = new SideCpuSampler()) {
            List<String> names = fleet.devices().stream().map(device -> device.name()).toList();
            Run cold = measure("atomic, cold pool", context, sides, names, 1, true);
            Run warm = measure("atomic, warm pool", context, sides, names, 2, true);
            Run baseline = measure("baseline, not atomic", context, sides, names, 3, false);
            Run coldAgain;
            try (SimulatedToolContext emptyPool = SimulatedToolContext.on(fleet, Guardrails.defaults())
                    .withBatches(concurrency, RPC_TIMEOUT)) {
                coldAgain = measure("atomic, cold pool again", emptyPool, sides, names, LAST_BUILDING, true);
            }
            System.out.printf("wall ratio to baseline:  cold %.2f, warm %.2f, cold again %.2f%n",
                    cold.wallMillis / baseline.wallMillis, warm.wallMillis / baseline.wallMillis,
                    coldAgain.wallMillis / baseline.wallMillis);
            long changed = fleet.devices().stream().filter(device -> device.committedConfiguration().toSet()
                    .contains("set system location building " + LAST_BUILDING)).count();
            System.out.printf("routers with the last change: %d of %d%n", changed, routers);
        }
    }

    private static Run measure(String what, SimulatedToolContext context, SideCpuSampler sides, List<String> routers,
            int building, boolean atomic) {
        Map<String, Object> arguments = new HashMap<>(Map.of("router_names", routers, "atomic", atomic,
                "config_text", "set system location building " + building));
        long heapBefore = Figures.settledHeapUsed();
        resetPeaks();
        int progressBefore = context.progressMessages().size();
        SideCpuSampler.Split splitBefore = sides.split();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        ToolResult result = new LoadAndCommitConfig().call(context, arguments);
        double wallMillis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6;
        SideCpuSampler.Split split = sides.split().minus(splitBefore);
        long peak = peakHeap();
        long heapAfter = Figures.settledHeapUsed();
        System.out.printf("%-25s %s: wall %,.0f ms, CPU %,.0f ms (%.2f cores), heap peak %,d MB, settled %,d MB "
                        + "(%+,d KB), %d progress reports%n", what + ":", result.isError() ? "FAILED" : "committed",
                wallMillis, cpuMillis, cpuMillis / wallMillis, peak >> 20, heapAfter >> 20,
                (heapAfter - heapBefore) >> 10, context.progressMessages().size() - progressBefore);
        System.out.printf("%-25s CPU by side: %s; load average %.1f%n", "", split.describe(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (result.isError()) {
            System.out.println(String.join("\n", result.texts()).lines().limit(20).toList());
        }
        return new Run(wallMillis);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the peak heap. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private record Run(double wallMillis) {
    }
}
