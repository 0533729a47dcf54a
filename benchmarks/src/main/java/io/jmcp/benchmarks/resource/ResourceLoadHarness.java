package io.jmcp.benchmarks.resource;

import io.jmcp.benchmarks.Figures;
import io.jmcp.netconf.command.JunosCommands;
import io.jmcp.netconf.config.JunosSchema;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;

/**
 * Prints the figures of the generated resources the client loads (the Junos schema, the operational
 * commands): each one's size, the time to load it (the first load in a fresh JVM, as a server pays
 * it, then the median of later loads), and the heap the loaded resource retains, with what else is
 * worth knowing of it. Times are given both as wall clock and as the loading thread's CPU time: on a
 * shared machine the wall clock mostly measures the other processes. Schema targets: load <= 150 ms,
 * retained heap <= 30 MB.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.resource.ResourceLoadHarness
 * [schema|commands]} (both when none is named; the first load is a fresh JVM's only for the first).
 */
public final class ResourceLoadHarness {

    private static final int WARM_LOADS = 15;
    private static final int RESOLUTIONS = 200_000;
    private static final List<String> LINES = List.of("show interfaces ge-0/0/0 extensive",
            "show route advertising-protocol bgp 10.0.0.1", "show system uptime", "sh int ter",
            "ping 192.0.2.1 count 5 rapid");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final Measured<JunosSchema> SCHEMA = new Measured<>("schema", JunosSchema.class,
            "junos-schema.txt", JunosSchema::read, " (target <= 150 ms)", " (target <= 30 MB)",
            schema -> String.format("(%d statement nodes)", schema.nodeCount()),
            schema -> "check:               " + schema.root().child("interfaces").name());
    private static final Measured<JunosCommands> COMMANDS = new Measured<>("commands", JunosCommands.class,
            "junos-commands.txt", JunosCommands::read, "", "",
            commands -> String.format("(%d commands, %d RPCs)", commands.commands().size(),
                    commands.commands().stream().map(command -> command.rpc()).distinct().count()),
            ResourceLoadHarness::resolveMany);

    private ResourceLoadHarness() {
    }

    public static void main(String[] args) throws IOException {
        List<String> named = args.length == 0 ? List.of(SCHEMA.name(), COMMANDS.name()) : List.of(args);
        for (String name : named) {
            if (name.equals(SCHEMA.name())) {
                SCHEMA.print();
            } else if (name.equals(COMMANDS.name())) {
                COMMANDS.print();
            } else {
                throw new IllegalArgumentException("no resource '" + name + "': name schema or commands");
            }
        }
    }

    /** Reads a resource into what it stands for. */
    @FunctionalInterface
    private interface Loader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * One resource to measure.
     *
     * @param owner    the class beside which the resource lies
     * @param contents what the loaded resource holds, for the size line
     * @param more     the resource's last figure line
     */
    private record Measured<T>(String name, Class<?> owner, String file, Loader<T> loader, String loadTarget,
            String heapTarget, Function<T, String> contents, Function<T, String> more) {

        void print() throws IOException {
            long size;
            try (InputStream in = open()) {
                size = in.readAllBytes().length;
            }
            long[] first = timedLoad();
            long before = Figures.settledHeapUsed();
            T retained = load();
            long after = Figures.settledHeapUsed();
            long[] wall = new long[WARM_LOADS];
            long[] cpu = new long[WARM_LOADS];
            for (int i = 0; i < WARM_LOADS; i++) {
                long[] run = timedLoad();
                wall[i] = run[0];
                cpu[i] = run[1];
            }
            System.out.println("== " + name);
            System.out.printf("resource size:       %,d bytes %s%n", size, contents.apply(retained));
            System.out.printf("first load:          %.1f ms wall, %.1f ms CPU%s%n", first[0] / 1e6, first[1] / 1e6,
                    loadTarget);
            System.out.printf("warm load (median):  %.1f ms wall, %.1f ms CPU%n",
                    Figures.median(wall) / 1e6, Figures.median(cpu) / 1e6);
            System.out.printf("retained heap:       %.1f MB%s%n", (after - before) / 1e6, heapTarget);
            System.out.println(more.apply(retained));
        }

        private long[] timedLoad() throws IOException {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            load();
            return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu};
        }

        private T load() throws IOException {
            try (InputStream in = open()) {
                return loader.read(in);
            }
        }

        private InputStream open() {
            return owner.getResourceAsStream(file);
        }
    }

    /** The CPU time to resolve a command line, over many lines. */
    private static String resolveMany(JunosCommands commands) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < RESOLUTIONS; i++) {
            commands.resolve(LINES.get(i % LINES.size()));
        }
        long spent = THREADS.getCurrentThreadCpuTime() - cpu;
        return String.format("resolve:             %.2f us a line CPU (%,d lines)", spent / 1e3 / RESOLUTIONS,
                RESOLUTIONS);
    }
}
