package io.jmcp.benchmarks.schema;

import io.jmcp.benchmarks.Figures;
import io.jmcp.netconf.config.JunosSchema;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Prints the figures of the Junos schema resource: its size, the time to load it (the first load
 * in a fresh JVM, as a server pays it, then the median of later loads), and the heap the loaded
 * schema retains. Times are given both as wall clock and as the loading thread's CPU time: on a
 * shared machine the wall clock mostly measures the other processes. Targets: load <= 150 ms,
 * retained heap <= 30 MB.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.schema.SchemaLoadHarness}
 */
public final class SchemaLoadHarness {

    private static final int WARM_LOADS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SchemaLoadHarness() {
    }

    public static void main(String[] args) throws IOException {
        long size;
        try (InputStream in = resource()) {
            size = in.readAllBytes().length;
        }
        long[] first = timedLoad();
        long before = Figures.settledHeapUsed();
        JunosSchema retained = load();
        long after = Figures.settledHeapUsed();
        long[] wall = new long[WARM_LOADS];
        long[] cpu = new long[WARM_LOADS];
        for (int i = 0; i < WARM_LOADS; i++) {
            long[] run = timedLoad();
            wall[i] = run[0];
            cpu[i] = run[1];
        }
        System.out.printf("resource size:       %,d bytes (%d statement nodes)%n", size, retained.nodeCount());
        System.out.printf("first load:          %.1f ms wall, %.1f ms CPU (target <= 150 ms)%n",
                first[0] / 1e6, first[1] / 1e6);
        System.out.printf("warm load (median):  %.1f ms wall, %.1f ms CPU%n",
                Figures.median(wall) / 1e6, Figures.median(cpu) / 1e6);
        System.out.printf("retained heap:       %.1f MB (target <= 30 MB)%n", (after - before) / 1e6);
        System.out.println("check:               " + retained.root().child("interfaces").name());
    }

    private static long[] timedLoad() throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        load();
        return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    private static JunosSchema load() throws IOException {
        try (InputStream in = resource()) {
            return JunosSchema.read(in);
        }
    }

    private static InputStream resource() {
        return JunosSchema.class.getResourceAsStream("junos-schema.txt");
    }
}
