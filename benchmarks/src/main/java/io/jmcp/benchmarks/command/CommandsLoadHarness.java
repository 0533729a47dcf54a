package io.jmcp.benchmarks.command;

import io.jmcp.benchmarks.Figures;
import io.jmcp.netconf.command.JunosCommands;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Prints the figures of the operational commands resource: its size, the time to load it (the
 * first load in a fresh JVM, then the median of later loads; wall clock and the loading thread's
 * CPU time, since on a shared machine the wall clock mostly measures the other processes), the
 * heap the loaded commands retain, and the time to resolve a command line.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.command.CommandsLoadHarness}
 */
public final class CommandsLoadHarness {

    private static final int WARM_LOADS = 15;
    private static final int RESOLUTIONS = 200_000;
    private static final List<String> LINES = List.of("show interfaces ge-0/0/0 extensive",
            "show route advertising-protocol bgp 10.0.0.1", "show system uptime", "sh int ter",
            "ping 192.0.2.1 count 5 rapid");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CommandsLoadHarness() {
    }

    public static void main(String[] args) throws IOException {
        long size;
        try (InputStream in = resource()) {
            size = in.readAllBytes().length;
        }
        long[] first = timed(CommandsLoadHarness::load);
        long before = Figures.settledHeapUsed();
        JunosCommands retained = load();
        long after = Figures.settledHeapUsed();
        long[] wall = new long[WARM_LOADS];
        long[] cpu = new long[WARM_LOADS];
        for (int i = 0; i < WARM_LOADS; i++) {
            long[] run = timed(CommandsLoadHarness::load);
            wall[i] = run[0];
            cpu[i] = run[1];
        }
        long[] resolving = timed(() -> resolveMany(retained));
        System.out.printf("resource size:       %,d bytes (%d commands, %d RPCs)%n", size, retained.commands().size(),
                retained.commands().stream().map(command -> command.rpc()).distinct().count());
        System.out.printf("first load:          %.1f ms wall, %.1f ms CPU%n", first[0] / 1e6, first[1] / 1e6);
        System.out.printf("warm load (median):  %.1f ms wall, %.1f ms CPU%n",
                Figures.median(wall) / 1e6, Figures.median(cpu) / 1e6);
        System.out.printf("retained heap:       %.1f MB%n", (after - before) / 1e6);
        System.out.printf("resolve:             %.2f us a line CPU (%,d lines)%n",
                resolving[1] / 1e3 / RESOLUTIONS, RESOLUTIONS);
    }

    private static JunosCommands resolveMany(JunosCommands commands) {
        for (int i = 0; i < RESOLUTIONS; i++) {
            commands.resolve(LINES.get(i % LINES.size()));
        }
        return commands;
    }

    /** Wall clock and this thread's CPU time of one run. */
    private static long[] timed(Run run) throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        run.run();
        return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    private interface Run {
        JunosCommands run() throws IOException;
    }

    private static JunosCommands load() throws IOException {
        try (InputStream in = resource()) {
            return JunosCommands.read(in);
        }
    }

    private static InputStream resource() {
        return JunosCommands.class.getResourceAsStream("junos-commands.txt");
    }
}
