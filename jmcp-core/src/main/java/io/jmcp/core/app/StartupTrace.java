package io.jmcp.core.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-step timestamp trace of a server's start, for measuring cold start: with
 * {@code -Djmcp.startupTrace=true} (e.g. in {@code JAVA_OPTS}) each step prints, on stderr, the time
 * since the process started (which includes bin/jmcp, since it execs the JVM), the process's CPU
 * time so far and the wall clock in epoch milliseconds. The process's start time is only as exact as
 * the kernel's boot time (whole seconds), so a harness that noted when it launched the server lines
 * the steps up by the epoch figure. Off by default, when a mark costs one field read.
 */
public final class StartupTrace {
    private static final boolean ENABLED = Boolean.getBoolean("jmcp.startupTrace");
    private static final Set<String> MARKED_ONCE = ConcurrentHashMap.newKeySet();

    private StartupTrace() {
    }

    /** Prints a step that recurs (a message written) the first time only. */
    public static void markFirst(String step) {
        if (ENABLED && MARKED_ONCE.add(step)) {
            mark(step);
        }
    }

    /** Prints one step, when tracing is on. */
    public static void mark(String step) {
        if (ENABLED) {
            ProcessHandle.Info process = ProcessHandle.current().info();
            long sinceStart = process.startInstant().map(start -> Duration.between(start, Instant.now()).toMillis())
                    .orElse(-1L);
            long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.printf("jmcp startup: %5d ms wall, %5d ms cpu, epoch %d, [%s] %s%n", sinceStart, cpu,
                    System.currentTimeMillis(), Thread.currentThread().getName(), step);
        }
    }
}
