package io.jmcp.benchmarks.framing;

import java.util.Collection;
import java.util.Comparator;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DecodeBenchmark} and {@link EncodeBenchmark} and prints their throughput in MB/s
 * (10^6 bytes per second): by the wall clock, and per second of the JVM's CPU time
 * ({@link ProcessCpuProfiler}), which stays meaningful when other work shares the cores. Takes
 * JMH's own options, e.g. {@code -f 1 -wi 2 -i 3 -w 2s -r 3s -p messageBytes=65536}.
 */
public final class FramingThroughputReport {

    private FramingThroughputReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(DecodeBenchmark.class.getName())
                .include(EncodeBenchmark.class.getName())
                .addProfiler(ProcessCpuProfiler.class)
                .build();
        print(new Runner(options).run());
    }

    private static void print(Collection<RunResult> results) {
        System.out.printf("%n%-10s %-15s %10s %12s %12s %14s%n",
                "benchmark", "framing", "message", "wall MB/s", "± wall MB/s", "MB/CPU-second");
        results.stream()
                .sorted(Comparator.comparing((RunResult result) -> result.getParams().getBenchmark())
                        .thenComparing(result -> result.getParams().getParam("framing"))
                        .thenComparingLong(result -> Long.parseLong(result.getParams().getParam("messageBytes"))))
                .forEach(FramingThroughputReport::printRow);
    }

    private static void printRow(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        long messageBytes = Long.parseLong(result.getParams().getParam("messageBytes"));
        double operationsPerSecond = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        double cpuNanosPerOperation = result.getSecondaryResults().get(ProcessCpuProfiler.RESULT_LABEL).getScore();
        System.out.printf("%-10s %-15s %10s %12.0f %12.0f %14.0f%n",
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                result.getParams().getParam("framing"),
                humanBytes(messageBytes),
                operationsPerSecond * messageBytes / 1e6,
                Double.isNaN(error) ? 0 : error * messageBytes / 1e6,
                messageBytes / cpuNanosPerOperation * 1e3);
    }

    private static String humanBytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
