package io.jmcp.benchmarks.config;

import io.jmcp.benchmarks.Figures;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.config.Configuration;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Parse and print throughput of the configuration model on a 1 MB and a 50 MB configuration, in
 * text and set form, with the heap the parsed configuration retains. Throughput is given per
 * wall-clock second and per CPU second of the measuring thread (on a shared machine the wall
 * clock mostly measures the other processes; compare CPU figures between runs).
 *
 * <p>The configuration is generated: interfaces with units and addresses, BGP groups and
 * neighbours, policy statements with terms, prefix lists, in the proportions of a provider edge
 * router. Run it on two commits to compare them:
 * {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.config.ConfigThroughputHarness}
 */
public final class ConfigThroughputHarness {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ConfigThroughputHarness() {
    }

    public static void main(String[] args) {
        measure("1 MB", 1_000_000, 10);
        measure("50 MB", 50_000_000, 2);
    }

    private static void measure(String label, int bytes, int runs) {
        String text = SyntheticConfiguration.text(bytes);
        Configuration parsed = Configuration.parse(text, ConfigFormat.TEXT);
        String set = parsed.toSet();
        long textBytes = text.getBytes(StandardCharsets.UTF_8).length;
        long setBytes = set.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%s configuration: text %,d bytes, set %,d bytes%n", label, textBytes, setBytes);
        report("parse text", textBytes, runs, () -> Configuration.parse(text, ConfigFormat.TEXT));
        report("parse set", setBytes, runs, () -> Configuration.parse(set, ConfigFormat.SET));
        report("print text", textBytes, runs, parsed::toText);
        report("print set", setBytes, runs, parsed::toSet);
        System.out.printf("  retained heap of the parsed configuration: %.1f MB%n", retainedHeap(text) / 1e6);
    }

    private static void report(String what, long bytes, int runs, Supplier<Object> operation) {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        operation.get();
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            operation.get();
            wall[i] = System.nanoTime() - wallStart;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        System.out.printf("  %-11s %7.1f MB/s wall, %7.1f MB/s CPU (median of %d)%n",
                what, bytes / 1e6 / (Figures.median(wall) / 1e9), bytes / 1e6 / (Figures.median(cpu) / 1e9), runs);
    }

    private static long retainedHeap(String text) {
        long before = Figures.settledHeapUsed();
        Configuration kept = Configuration.parse(text, ConfigFormat.TEXT);
        long after = Figures.settledHeapUsed();
        if (kept.isEmpty()) {
            throw new IllegalStateException("parsed nothing");
        }
        return after - before;
    }
}
