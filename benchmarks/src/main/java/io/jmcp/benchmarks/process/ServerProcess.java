package io.jmcp.benchmarks.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A server JVM a benchmark started, found among this process's children: its memory as the JDK's
 * {@code jcmd} reports it (after a full GC, so that the heap figure is live data), and its CPU time
 * and context switches from Linux's {@code /proc}, which stay comparable when other processes
 * compete for the cores while wall-clock figures do not.
 */
public final class ServerProcess {
    private static final Pattern HEAP_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final long JCMD_TIMEOUT_SECONDS = 30;
    /** USER_HZ: the unit of utime and stime in /proc/PID/stat on every Linux the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final int UTIME_FIELD = 14;

    private final ProcessHandle process;

    private ServerProcess(ProcessHandle process) {
        this.process = process;
    }

    /** The child started with {@code jar}, if any. */
    public static Optional<ServerProcess> find(Path jar) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().map(line -> line.contains(jar.toString())).orElse(false))
                .findFirst()
                .map(ServerProcess::new);
    }

    /** This JVM, to measure a benchmark's own client the same way as its server. */
    public static ServerProcess self() {
        return new ServerProcess(ProcessHandle.current());
    }

    /** CPU time and context switches so far; zeros where /proc cannot tell (not Linux). */
    public Counters counters() {
        return new Counters(cpuNanos(), contextSwitches());
    }

    public String memoryReport() {
        jcmd("GC.run");
        Matcher heap = HEAP_LINE.matcher(jcmd("GC.heap_info"));
        String heapFigures = heap.find()
                ? String.format("server heap after a full GC: %.1f MB used of %.1f MB committed",
                        Long.parseLong(heap.group(2)) / 1024.0, Long.parseLong(heap.group(1)) / 1024.0)
                : "server heap: jcmd GC.heap_info gave no figures";
        return heapFigures + "; resident set: " + residentSet();
    }

    /** What a process did between two readings. */
    public record Counters(long cpuNanos, long contextSwitches) {
        public Counters since(Counters earlier) {
            return new Counters(cpuNanos - earlier.cpuNanos, contextSwitches - earlier.contextSwitches);
        }

        /** Per operation: CPU milliseconds and context switches. */
        public String perOperation(int operations) {
            return String.format("%.3f ms CPU, %.1f context switches", cpuNanos / 1e6 / operations,
                    (double) contextSwitches / operations);
        }
    }

    /** User plus system time of all the process's threads, dead ones included. */
    private long cpuNanos() {
        try {
            String stat = Files.readString(proc().resolve("stat"));
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            int utime = UTIME_FIELD - 3;
            long ticks = Long.parseLong(fields[utime]) + Long.parseLong(fields[utime + 1]);
            return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    /** Voluntary and involuntary context switches of the threads alive now: every wake-up is one. */
    private long contextSwitches() {
        try (Stream<Path> tasks = Files.list(proc().resolve("task"))) {
            return tasks.mapToLong(ServerProcess::taskContextSwitches).sum();
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    private static long taskContextSwitches(Path task) {
        try {
            return Files.readAllLines(task.resolve("status")).stream()
                    .filter(line -> line.contains("ctxt_switches:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .sum();
        } catch (IOException | RuntimeException threadEnded) {
            return 0;
        }
    }

    private Path proc() {
        return Path.of("/proc", Long.toString(process.pid()));
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                    .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!run.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                run.destroyForcibly();
            }
            return output;
        } catch (IOException failure) {
            return "jcmd failed: " + failure.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** VmRSS from /proc (Linux), or "unknown". */
    private String residentSet() {
        try {
            List<String> status = Files.readAllLines(proc().resolve("status"));
            return status.stream().filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> String.format("%.1f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0))
                    .orElse("unknown");
        } catch (IOException | NumberFormatException unavailable) {
            return "unknown";
        }
    }
}
