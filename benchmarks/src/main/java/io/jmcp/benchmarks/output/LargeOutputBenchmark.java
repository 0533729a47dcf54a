package io.jmcp.benchmarks.output;

import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.benchmarks.process.CommandLine;
import io.jmcp.benchmarks.process.ServerProcess;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code show route} of a router with a million routes, end to end over stdio as an MCP client sees
 * it: the stdio server jar is started with {@code --demo 1 --demo-routes N}, and the MCP Java SDK's
 * client times the first (cut) result, then paging through the whole output (one call with
 * {@code offset}, then the kept output's resource page by page), and reads the server's heap.
 * The baseline, measured in the same run on the same path, is {@code show route summary}: a small
 * result from the same router.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.output.LargeOutputBenchmark \
 *     [--jar jmcp-server-stdio/target/jmcp-server-stdio.jar] [--routes 1000000] [--baseline-calls 20] \
 *     [--server-jvm-option OPTION]...
 * </pre>
 * Issue 16, 2026-12-06, 2 cores at load average 15-25 (other builds running), 1,000,000 routes
 * (96.0 MB, 2,000,011 lines), three runs: first (cut) result 29.2-31.6 s (444-1323x the 22-71 ms
 * baseline); the remaining 946 pages 30.3-35.4 s (2.7-3.2 MB/s, 32-37 ms a page); server CPU for
 * all of it 13.5-15.7 s; server heap after a full GC while the output is kept: 696-699 MB, of which
 * the kept output is 104 MB and about 590 MB are char[]/byte[] the NETCONF read path keeps after
 * the reply (class histogram), to be looked at in junos-netconf-client.
 */
public final class LargeOutputBenchmark {
    private static final String TOOL = "execute_junos_command";
    private static final String NOTE = "[jmcp] ";
    private static final Pattern NEXT_OFFSET = Pattern.compile("offset=(\\d+)\\)");
    private static final Pattern NEXT_RESOURCE = Pattern.compile("Next page: resources/read (\\S+)\\.");
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(10);

    private LargeOutputBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkSetup.quietLogging();
        CommandLine options = new CommandLine(args);
        Path jar = BenchmarkSetup.stdioServerJar(options);
        int routes = options.intValue("--routes", 1_000_000);
        int baselineCalls = options.intValue("--baseline-calls", 20);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options.values("--server-jvm-option"));
        command.addAll(List.of("-jar", jar.toString(), "--demo", "1", "--demo-routes", String.valueOf(routes),
                "--log-level", "warn"));
        McpSyncClient client = start(command);
        try {
            run(client, ServerProcess.find(jar).orElseThrow(), routes, baselineCalls);
        } finally {
            client.closeGracefully();
        }
    }

    private static void run(McpSyncClient client, ServerProcess server, int routes, int baselineCalls) {
        Map<String, Object> summary = arguments("show route summary");
        for (int i = 0; i < baselineCalls; i++) {
            call(client, summary);
        }
        long baselineStarted = System.nanoTime();
        for (int i = 0; i < baselineCalls; i++) {
            call(client, summary);
        }
        double baselineMs = (System.nanoTime() - baselineStarted) / 1e6 / baselineCalls;

        ServerProcess.Counters before = server.counters();
        long started = System.nanoTime();
        String first = call(client, arguments("show route"));
        double firstMs = (System.nanoTime() - started) / 1e6;

        long pagingStarted = System.nanoTime();
        Map<String, Object> next = arguments("show route");
        next.put("offset", Integer.parseInt(group(NEXT_OFFSET, first)));
        String second = call(client, next);
        long bytes = utf8Bytes(shown(first)) + utf8Bytes(shown(second));
        int pages = 2;
        String page = second.contains(NOTE) ? resourceOf(first) + "/offset/" + group(NEXT_OFFSET, second) : null;
        while (page != null) {
            String text = ((McpSchema.TextResourceContents) client.readResource(new McpSchema.ReadResourceRequest(page))
                    .contents().get(0)).text();
            bytes += utf8Bytes(shown(text));
            pages++;
            page = text.contains(NOTE) ? group(NEXT_RESOURCE, text) : null;
        }
        double pagingMs = (System.nanoTime() - pagingStarted) / 1e6;
        ServerProcess.Counters used = server.counters().since(before);

        System.out.printf("show route of %d routes over stdio, one simulated router in the server's JVM%n", routes);
        System.out.printf("baseline (show route summary, %d calls): %.1f ms per call%n", baselineCalls, baselineMs);
        System.out.printf("first (cut) result: %.0f ms (%.0fx the baseline), %d bytes of text%n", firstMs,
                firstMs / baselineMs, utf8Bytes(first));
        System.out.printf("paging through the rest: %.0f ms for %d pages, %.1f MB (%.1f MB/s, %.2f ms per page)%n",
                pagingMs, pages - 1, bytes / 1e6, bytes / 1e6 / (pagingMs / 1000), pagingMs / (pages - 1));
        System.out.printf("server CPU for the first result and all pages: %.1f s%n", used.cpuNanos() / 1e9);
        System.out.println(server.memoryReport() + " (the whole output is kept while it is paged)");
    }

    private static McpSyncClient start(List<String> command) {
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.get(0))
                .args(command.subList(1, command.size()).toArray(String[]::new)).build(), McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(System.err::println);
        McpSyncClient client = McpClient.sync(transport).requestTimeout(CALL_TIMEOUT)
                .initializationTimeout(CALL_TIMEOUT).build();
        client.initialize();
        return client;
    }

    private static String call(McpSyncClient client, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(TOOL, arguments));
        if (Boolean.TRUE.equals(result.isError())) {
            throw new IllegalStateException(TOOL + " failed: " + result.content());
        }
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    private static Map<String, Object> arguments(String command) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("router_name", "vsim-01");
        arguments.put("command", command);
        return arguments;
    }

    private static String resourceOf(String cutResult) {
        Matcher uri = Pattern.compile("resources/read (jmcp://outputs/[0-9a-f]+) ").matcher(cutResult);
        if (!uri.find()) {
            throw new IllegalStateException("the cut result names no kept output: " + cutResult.substring(
                    cutResult.indexOf(NOTE)));
        }
        return uri.group(1);
    }

    private static String shown(String text) {
        int note = text.indexOf(NOTE);
        return note < 0 ? text : text.substring(0, note);
    }

    private static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
