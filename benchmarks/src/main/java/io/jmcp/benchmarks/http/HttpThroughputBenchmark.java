package io.jmcp.benchmarks.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests per second the HTTP server answers to many concurrent, authenticated MCP clients.
 * The server jar runs in its own JVM with {@code --demo 1} and a token made by the token CLI;
 * each client thread opens its own MCP session and then alternates {@code tools/list} and a {@code tools/call} of {@code get_router_list} (answered from
 * the inventory, no device I/O) as fast as the server answers. Every request carries the bearer
 * token, so every one is authenticated. Prints the rate of each kind, the mean latency, and the
 * server's CPU time per request: on a shared machine the client's own CPU use and other load
 * lower the rate, while requests per server CPU-second say what two cores of the server's own give.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.http.HttpThroughputBenchmark \
 *     [--jar jmcp-server-http/target/jmcp-server-http.jar] [--token-cli jmcp-token-cli/target/jmcp-token-cli.jar] \
 *     [--clients 64] [--warmup 15] [--seconds 30]
 * </pre>
 */
public final class HttpThroughputBenchmark {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"jmcp-http-benchmark","version":"1"}}}""";
    private static final String INITIALIZED = """
            {"jsonrpc":"2.0","method":"notifications/initialized"}""";
    private static final String TOOLS_LIST = """
            {"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}""";
    private static final String ROUTER_LIST_CALL = """
            {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get_router_list","arguments":{}}}""";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .build();
    private final URI endpoint;
    private final String token;
    private final LongAdder toolLists = new LongAdder();
    private final LongAdder toolCalls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private volatile boolean counting;
    private volatile boolean running = true;

    private final ProcessHandle server;

    private HttpThroughputBenchmark(URI endpoint, String token, ProcessHandle server) {
        this.endpoint = endpoint;
        this.token = token;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(option(args, "--jar", "jmcp-server-http/target/jmcp-server-http.jar"));
        Path tokenCli = Path.of(option(args, "--token-cli", "jmcp-token-cli/target/jmcp-token-cli.jar"));
        int clients = Integer.parseInt(option(args, "--clients", "64"));
        int warmupSeconds = Integer.parseInt(option(args, "--warmup", "15"));
        int seconds = Integer.parseInt(option(args, "--seconds", "30"));
        for (Path needed : List.of(jar, tokenCli)) {
            if (!Files.isRegularFile(needed)) {
                System.err.println("No jar at " + needed + "; build it with: mvn -B -q -DskipTests package");
                System.exit(2);
            }
        }
        Path directory = Files.createTempDirectory("jmcp-http-benchmark");
        String token = generateToken(tokenCli, directory.resolve(".tokens"));
        int port = freePort();
        List<String> server = List.of(javaExecutable(), "-jar", jar.toAbsolutePath().toString(),
                "--demo", "1", "-p", String.valueOf(port), "--tokens", directory.resolve(".tokens").toString(),
                "--log-level", "warn");
        Process process = new ProcessBuilder(server).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(base, process);
            HttpThroughputBenchmark benchmark = new HttpThroughputBenchmark(base.resolve("/mcp"), token,
                    process.toHandle());
            System.out.printf("%d clients, each with its own MCP session, bearer token on every request; "
                    + "%d s warm-up, %d s measured%n", clients, warmupSeconds, seconds);
            benchmark.run(clients, warmupSeconds, seconds);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void run(int clients, int warmupSeconds, int seconds) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(this::client, "client-" + i);
            client.start();
            threads.add(client);
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));
        Duration serverCpuBefore = serverCpu();
        counting = true;
        long started = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        counting = false;
        double elapsed = (System.nanoTime() - started) / 1e9;
        double serverCpuSeconds = serverCpu().minus(serverCpuBefore).toNanos() / 1e9;
        running = false;
        for (Thread client : threads) {
            client.join(REQUEST_TIMEOUT.toMillis());
        }
        long lists = toolLists.sum();
        long calls = toolCalls.sum();
        double rate = (lists + calls) / elapsed;
        System.out.printf("%,.0f requests/s (tools/list %,.0f/s, tools/call get_router_list %,.0f/s), "
                        + "mean latency %.2f ms, failed requests %d%n",
                rate, lists / elapsed, calls / elapsed, clients / rate * 1000, failures.sum());
        System.out.printf("server: %.2f cores busy, %.0f us CPU per request, %,.0f requests per CPU-second "
                        + "(%,.0f/s on two cores of its own)%n",
                serverCpuSeconds / elapsed, serverCpuSeconds / (lists + calls) * 1e6,
                (lists + calls) / serverCpuSeconds, 2 * (lists + calls) / serverCpuSeconds);
    }

    private Duration serverCpu() {
        return server.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report the server's CPU time"));
    }

    /** One MCP client: a session of its own, then tools/list and a tool call in turn until stopped. */
    private void client() {
        try {
            String session = openSession();
            while (running) {
                count(toolLists, post(TOOLS_LIST, session), "\"tools\"");
                count(toolCalls, post(ROUTER_LIST_CALL, session), "\"isError\":false");
            }
        } catch (RuntimeException failure) {
            System.err.println(Thread.currentThread().getName() + " stopped: " + failure.getMessage());
            failures.increment();
        }
    }

    private String openSession() {
        HttpResponse<String> initialized = post(INITIALIZE, null);
        String session = initialized.headers().firstValue("Mcp-Session-Id")
                .orElseThrow(() -> new IllegalStateException("no session: HTTP " + initialized.statusCode()
                        + " " + initialized.body()));
        post(INITIALIZED, session);
        return session;
    }

    private void count(LongAdder kind, HttpResponse<String> response, String expected) {
        if (!counting) {
            return;
        }
        if (response.statusCode() == 200 && response.body().contains(expected)) {
            kind.increment();
        } else {
            failures.increment();
        }
    }

    private HttpResponse<String> post(String body, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A token made as users make them: with the token CLI, whose output shows it once. */
    private static String generateToken(Path tokenCli, Path tokenFile) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(javaExecutable(), "-jar", tokenCli.toAbsolutePath().toString(),
                "--file", tokenFile.toString(), "generate", "--id", "benchmark", "--scope", "read")
                .redirectErrorStream(true)
                .start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cli.waitFor(60, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            throw new IllegalStateException("the token CLI failed: " + output);
        }
        return output.lines().map(String::strip).filter(line -> line.startsWith("Token: "))
                .map(line -> line.substring("Token: ".length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no token in the token CLI's output: " + output));
    }

    private static void awaitHealthy(URI base, Process server) throws InterruptedException {
        HttpClient probe = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with code " + server.exitValue());
            }
            try {
                HttpResponse<Void> health = probe.send(HttpRequest.newBuilder(base.resolve("/healthz"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer /healthz within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String option(String[] args, String name, String defaultValue) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return defaultValue;
    }
}
