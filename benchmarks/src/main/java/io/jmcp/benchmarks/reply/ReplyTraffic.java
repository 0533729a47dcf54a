package io.jmcp.benchmarks.reply;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the reply megabytes a benchmark consumed; JMH reports the count per second next to
 * ops/s, as {@code ·megabytes} (MB/s, 1 MB = 10^6 bytes).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ReplyTraffic {
    public double megabytes;

    @Setup(Level.Iteration)
    public void reset() {
        megabytes = 0;
    }

    void consumed(long bytes) {
        megabytes += bytes / 1e6;
    }
}
