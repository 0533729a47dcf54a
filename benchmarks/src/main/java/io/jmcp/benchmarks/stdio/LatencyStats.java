package io.jmcp.benchmarks.stdio;

import java.util.Arrays;

/** Percentiles of a set of latencies, in milliseconds. */
record LatencyStats(int samples, double p50, double p90, double p99, double max, double mean) {

    static LatencyStats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                millis(sorted[sorted.length - 1]), millis((long) Arrays.stream(sorted).average().orElse(0)));
    }

    /** Nearest-rank percentile. */
    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return millis(sorted[Math.max(rank, 1) - 1]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    String describe() {
        return String.format("n=%d  p50=%.3f ms  p90=%.3f ms  p99=%.3f ms  max=%.3f ms  mean=%.3f ms",
                samples, p50, p90, p99, max, mean);
    }
}
