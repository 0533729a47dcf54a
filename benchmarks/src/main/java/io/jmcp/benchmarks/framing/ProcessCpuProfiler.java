package io.jmcp.benchmarks.framing;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark JVM spent per operation, all its threads included (the benchmark, GC,
 * JIT). Unlike wall-clock throughput it barely moves when other processes compete for the
 * cores, so figures from a busy shared machine stay comparable. Use with
 * {@code -prof io.jmcp.benchmarks.framing.ProcessCpuProfiler}.
 */
public final class ProcessCpuProfiler implements InternalProfiler {
    static final String RESULT_LABEL = "cpu.time/op";

    private final OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuNanosAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation (benchmark, GC and JIT threads)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuNanosAtStart = system.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long cpuNanos = system.getProcessCpuTime() - cpuNanosAtStart;
        long operations = Math.max(1, result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult(RESULT_LABEL, (double) cpuNanos / operations, "ns/op", AggregationPolicy.AVG));
    }
}
