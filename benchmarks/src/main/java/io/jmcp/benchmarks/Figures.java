package io.jmcp.benchmarks;

import java.util.Arrays;

/** Measuring helpers shared by the harnesses that print figures. */
public final class Figures {

    private Figures() {
    }

    public static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The heap in use after garbage collection has settled (the least of a few collections). */
    public static long settledHeapUsed() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
