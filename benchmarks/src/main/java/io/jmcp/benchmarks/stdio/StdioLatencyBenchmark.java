package io.jmcp.benchmarks.stdio;

import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.benchmarks.process.CommandLine;
import io.jmcp.benchmarks.process.ServerProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * End-to-end latency of {@code execute_junos_command} over stdio, as an MCP client sees it: the
 * stdio server jar is started with {@code --demo 1} (one simulated device in its JVM) and a client
 * makes sequential calls; then the same with {@code --no-session-pool} (a new NETCONF session per
 * call, as the seed project did). The client ({@code --client}) is by default a single thread
 * writing request lines and reading response lines ({@code line}), so that little but the server
 * is measured; {@code sdk} uses the MCP Java SDK's client, whose own threads and JIT warm-up
 * compete with the server for the cores. Prints percentiles, the ratio of medians,
 * and per call the CPU time and context switches (thread wake-ups) of the server JVM and of this
 * client JVM: figures that stay comparable on a busy machine where latencies do not.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.stdio.StdioLatencyBenchmark \
 *     [--jar jmcp-server-stdio/target/jmcp-server-stdio.jar] [--calls 1000] [--warmup 300] \
 *     [--mode both|pooled|per-call] [--client line|sdk] [--server-jvm-option OPTION]... \
 *     [--pyez-calls 50] [--python PATH]
 * </pre>
 * {@code --server-jvm-option} (repeatable) passes an option to the server JVM; bin/jmcp starts the
 * stdio server with {@code -XX:TieredStopAtLevel=1}, so pass that to measure the server as it
 * launches it (plain {@code java -jar} otherwise). Last, unless {@code --pyez-calls 0}, the seed project's own
 * per-call path is timed: PyEZ (with {@code --python}, default /usr/bin/python3) opening a
 * simulated device, running the command and closing it, {@code --pyez-calls} times (default 50).
 */
public final class StdioLatencyBenchmark {
    private static final String TOOL = "execute_junos_command";
    private static final String COMMAND = "show version";

    private StdioLatencyBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkSetup.quietLogging();
        CommandLine options = new CommandLine(args);
        Path jar = BenchmarkSetup.stdioServerJar(options);
        int calls = options.intValue("--calls", 1000);
        int warmup = options.intValue("--warmup", 300);
        String mode = options.value("--mode", "both");
        List<String> jvmOptions = options.values("--server-jvm-option");
        BenchmarkClient.Kind client = BenchmarkClient.Kind.valueOf(options.value("--client", "line").toUpperCase());
        System.out.printf("%d sequential %s calls ('%s') over stdio to one simulated device, after %d warm-up calls, "
                + "%s client%n", calls, TOOL, COMMAND, warmup, client.name().toLowerCase());
        LatencyStats pooled = null;
        LatencyStats perCall = null;
        if (!mode.equals("per-call")) {
            pooled = measure(client, jar, jvmOptions, List.of(), warmup, calls, "pooled sessions:  ");
        }
        if (!mode.equals("pooled")) {
            perCall = measure(client, jar, jvmOptions, List.of("--no-session-pool"), warmup, calls,
                    "session per call: ");
        }
        if (pooled != null && perCall != null) {
            System.out.printf("median speed-up of pooling: %.1fx%n", perCall.p50() / pooled.p50());
        }
        int pyEzCalls = options.intValue("--pyez-calls", 50);
        if (pyEzCalls > 0) {
            LatencyStats pyEz = PyEzPerCall.measure(options.value("--python", "/usr/bin/python3"), COMMAND, 3,
                    pyEzCalls);
            System.out.println("seed's path per call: " + pyEz.describe()
                    + "  (PyEZ Device open + cli + close to a simulated device, no MCP layer)");
            if (pooled != null) {
                System.out.printf("median speed-up of pooling over the seed's path: %.1fx%n", pyEz.p50() / pooled.p50());
            }
        }
    }

    private static LatencyStats measure(BenchmarkClient.Kind clientKind, Path jar, List<String> jvmOptions,
            List<String> serverOptions, int warmup, int calls, String label) {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--demo", "1", "--log-level", "warn"));
        command.addAll(serverOptions);
        try (BenchmarkClient client = clientKind.start(command)) {
            String router = client.structuredResult("get_router_list", Map.of()).keySet().iterator().next();
            Map<String, Object> arguments = Map.of("router_name", router, "command", COMMAND);
            for (int i = 0; i < warmup; i++) {
                client.callTool(TOOL, arguments);
            }
            ServerProcess server = ServerProcess.find(jar).orElseThrow();
            ServerProcess.Counters serverBefore = server.counters();
            ServerProcess.Counters clientBefore = ServerProcess.self().counters();
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                long started = System.nanoTime();
                client.callTool(TOOL, arguments);
                nanos[i] = System.nanoTime() - started;
            }
            ServerProcess.Counters clientUsed = ServerProcess.self().counters().since(clientBefore);
            ServerProcess.Counters serverUsed = server.counters().since(serverBefore);
            LatencyStats stats = LatencyStats.of(nanos);
            System.out.println(label + " " + stats.describe());
            System.out.println(label + " per call: server " + serverUsed.perOperation(calls) + "; client "
                    + clientUsed.perOperation(calls));
            return stats;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
