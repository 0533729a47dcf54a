package io.jmcp.server.http;

import io.jmcp.core.app.JmcpApp;
import io.jmcp.core.app.StartupException;
import io.jmcp.core.app.StartupTrace;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.server.common.DemoFleet;
import io.jmcp.server.common.StartupReport;
import io.jmcp.server.common.ToolServerOptions;
import io.jmcp.server.common.UnusableClassArchive;
import io.jmcp.server.common.UnusedConverters;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The jmcp MCP server on streamable HTTP, for VS Code, web clients and remote users: every request
 * needs a bearer token from the token file. Runs until SIGTERM or SIGINT, then closes its MCP and
 * device sessions.
 */
@Command(name = "jmcp-server-http", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = HttpServerMain.Version.class,
        description = "MCP server for Juniper Junos devices over NETCONF, on streamable HTTP with bearer tokens.")
public final class HttpServerMain implements Callable<Integer> {
    static final int EXIT_FAILURE = 1;
    static final int EXIT_CONFIGURATION = 2;
    static final String TRANSPORT = "streamable-http";
    static final String STATELESS_VARIABLE = "JMCP_STATELESS";
    private static final String STDIO_JAR = "jmcp-server-stdio/target/jmcp-server-stdio.jar";

    @Mixin
    private ToolServerOptions tools;

    @Option(names = {"-t", "--transport"}, paramLabel = "TRANSPORT", defaultValue = TRANSPORT,
            description = "Must be streamable-http (the default); for stdio run java -jar " + STDIO_JAR)
    private String transport;

    @Option(names = {"-H", "--host"}, paramLabel = "HOST", defaultValue = HttpServerSettings.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + HttpServerSettings.DEFAULT_PORT,
            description = "The port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--tokens", paramLabel = "FILE", defaultValue = ".tokens",
            description = "The token file made with jmcp-token-cli (default: ${DEFAULT-VALUE} in the working directory).")
    private Path tokens;

    @Option(names = "--allow-unauthenticated-http",
            description = "Without a token file, serve without authentication: only on a loopback --host, for local tests.")
    private boolean allowUnauthenticated;

    @Option(names = "--allowed-origin", paramLabel = "ORIGIN",
            description = "A browser origin allowed besides the loopback ones, e.g. https://console.example.net or "
                    + "https://console.example.net:* (repeatable).")
    private List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--stateless", arity = "0..1", paramLabel = "true|false", fallbackValue = "true",
            description = "Serve without MCP sessions: every POST is answered on its own and GET/DELETE get 405. No "
                    + "elicitation, progress or client log messages then. Default: env " + STATELESS_VARIABLE
                    + " (1/true/yes/y/on or 0/false/no/n/off), else off; this option wins over it.")
    private Boolean stateless;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the key and certificate in this PKCS12 keystore.")
    private Path tlsKeystore;

    @Option(names = "--tls-keystore-password-env", paramLabel = "VAR",
            description = "The environment variable holding the keystore's password.")
    private String tlsPasswordVariable;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + HttpServerSettings.DEFAULT_MAX_REQUEST_BYTES,
            description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
    private int maxRequestBytes;

    @Option(names = "--session-idle-timeout", paramLabel = "DURATION", defaultValue = HttpServerSettings.DEFAULT_SESSION_IDLE_TIMEOUT_ISO,
            description = "Close an MCP session after this long without requests or an open stream, in ISO-8601 "
                    + "(default: ${DEFAULT-VALUE}); it goes at the next sweep, so within twice this.")
    private Duration sessionIdleTimeout;

    private final PrintStream err;
    private final Map<String, String> environment;
    private final ListenerWarmUp warmUp;

    HttpServerMain(PrintStream err, Map<String, String> environment, ListenerWarmUp warmUp) {
        this.err = err;
        this.environment = environment;
        this.warmUp = warmUp;
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        ListenerWarmUp warmUp = ListenerWarmUp.start();
        System.exit(commandLine(new HttpServerMain(System.err, System.getenv(), warmUp)).execute(args));
    }

    static CommandLine commandLine(HttpServerMain main) {
        UnusedConverters.exclude();
        return new CommandLine(main)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setErr(new PrintWriter(main.err, true));
    }

    /** Starts a server from command-line arguments, as {@link #main} does, and returns it running. */
    static JmcpHttpServer launch(Map<String, String> environment, PrintStream err, String... args) throws LaunchException {
        HttpServerMain main = new HttpServerMain(err, environment, ListenerWarmUp.start());
        commandLine(main).parseArgs(args);
        return main.start(listening -> {
        });
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            // From the moment it listens, SIGTERM closes it, also while its tools are being built.
            start(listening -> Runtime.getRuntime().addShutdownHook(new Thread(listening::close, "jmcp-shutdown")));
        } catch (LaunchException failure) {
            err.println(failure.getMessage());
            return failure.exitCode();
        }
        // Runs until the JVM is asked to stop; the shutdown hook then closes the server.
        new CountDownLatch(1).await();
        return 0;
    }

    /**
     * Listens first, answering {@code initialize} (and /healthz) while another thread builds the
     * tools: a client of a server just started waits for that answer. Whatever needs the tools waits
     * for them, and is refused with the reason when they cannot be built.
     *
     * @param whenListening told of the server once it listens, before its tools are served
     */
    JmcpHttpServer start(Consumer<JmcpHttpServer> whenListening) throws LaunchException {
        StartupTrace.mark("options parsed");
        warmUp.awaitLogging();
        tools.logLevel().apply();
        StartupTrace.mark("logging configured");
        HttpServerSettings settings = settings();
        boolean withoutSessions = isStateless();
        RequestAuthenticator authenticator = configuration(() -> AccessPolicy.decide(tokens, allowUnauthenticated,
                settings.bind()));
        StartupTrace.mark("tokens read");
        ServerHttpHeaderValidator origins = OriginPolicy.validator(settings.bind(), settings.allowedOrigins());
        McpJsonMapper jsonMapper = McpJsonDefaults.getMapper();
        ScopedTransports transports = withoutSessions ? ScopedTransports.stateless(settings, origins, jsonMapper)
                : ScopedTransports.stateful(settings, origins, jsonMapper);
        StartupTrace.mark("transports made");
        McpHttpServer http;
        try {
            http = McpHttpServer.start(settings, authenticator, origins, transports, jsonMapper);
        } catch (IllegalStateException cannotListen) {
            transports.refuse(cannotListen.getMessage());
            throw new LaunchException(EXIT_FAILURE, cannotListen.getMessage());
        }
        StartupTrace.mark("listening");
        JmcpHttpServer server = new JmcpHttpServer(http, transports);
        whenListening.accept(server);
        // Not before listening: on 2 cores the build took the core the listener's start needs
        // (initialize 0.96 -> 0.82 s), and a client of a just started server sends initialize first.
        CompletableFuture<Built> building = buildInBackground(server.firstAnswer());
        logListening(authenticator, withoutSessions, http);
        Built built;
        try {
            built = awaitBuilt(building);
        } catch (LaunchException | RuntimeException failure) {
            server.abandon(failure.getMessage());
            throw failure;
        }
        // Logged before the tools are served: the line is there once any request needing them is answered.
        LoggerFactory.getLogger(HttpServerMain.class).info(StartupReport.routers(
                List.copyOf(built.app().devices().current().names()), built.app().toolServer().toolNames().size()));
        UnusableClassArchive.discardIfUnused(); // before the tools are listed, so a client that lists them sees it done
        server.serve(built.app(), built.demo());
        StartupTrace.mark("tools served");
        return server;
    }

    /** The tool server and, with --demo, the simulated routers it serves. */
    private record Built(JmcpApp app, DemoFleet demo) {
        void close() {
            app.close();
            closeQuietly(demo);
        }
    }

    /**
     * Builds the tools on a thread of their own (never a transport's: building blocks for a second).
     * What only a tool call needs (the SSH client) is prepared once the first request is answered: a
     * third busy thread on a two-core machine delayed that answer.
     */
    private CompletableFuture<Built> buildInBackground(CompletionStage<Void> firstAnswer) {
        CompletableFuture<Built> building = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                building.complete(build(firstAnswer));
            } catch (LaunchException | RuntimeException failure) {
                building.completeExceptionally(failure);
            }
        }, "jmcp-build");
        builder.setDaemon(true);
        builder.start();
        return building;
    }

    private Built build(CompletionStage<Void> firstAnswer) throws LaunchException {
        DemoFleet demo = startDemo();
        try {
            return new Built(createApp(demo, firstAnswer), demo);
        } catch (LaunchException | RuntimeException failure) {
            closeQuietly(demo);
            throw failure;
        }
    }

    private static Built awaitBuilt(CompletableFuture<Built> building) throws LaunchException {
        try {
            return building.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof LaunchException launchFailure) {
                throw launchFailure;
            }
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    /** {@code --stateless} when given, else {@value #STATELESS_VARIABLE}. */
    private boolean isStateless() throws LaunchException {
        return stateless != null ? stateless
                : configuration(() -> EnvironmentSwitch.isOn(environment, STATELESS_VARIABLE));
    }

    private JmcpApp createApp(DemoFleet demo, CompletionStage<Void> firstAnswer) throws LaunchException {
        try {
            return JmcpApp.create(tools.serverOptions(demo, environment), new HttpCallers(), firstAnswer);
        } catch (StartupException badConfiguration) {
            throw new LaunchException(EXIT_CONFIGURATION, badConfiguration.getMessage());
        }
    }

    /**
     * The seed's startup lines, so that scripts and people reading them find what they know; logged
     * once listening (the routers served are logged once the tools are).
     */
    private void logListening(RequestAuthenticator authenticator, boolean withoutSessions, McpHttpServer http) {
        Logger log = LoggerFactory.getLogger(HttpServerMain.class);
        if (authenticator.requiresToken()) {
            log.info("Token-based authentication enabled (tokens from {})", tokens.toAbsolutePath());
            log.info("Clients must send 'Authorization: Bearer <token>' header");
        }
        if (withoutSessions) {
            log.info("Stateless mode: no MCP sessions; tools cannot ask the user (elicitation) nor send progress "
                    + "or log messages");
        }
        log.info("Starting MCP server '{}' with transport '{}' on {}", McpToolServer.SERVER_NAME, TRANSPORT,
                http.endpoint());
    }

    private HttpServerSettings settings() throws LaunchException {
        if ("stdio".equals(transport)) {
            throw new LaunchException(EXIT_CONFIGURATION, "jmcp-server-http serves streamable-http only. For the stdio "
                    + "transport run: java -jar " + STDIO_JAR + " -f devices.json");
        }
        if (!TRANSPORT.equals(transport)) {
            throw new LaunchException(EXIT_CONFIGURATION, "Unknown transport '" + transport + "': use -t " + TRANSPORT
                    + " (or java -jar " + STDIO_JAR + " for stdio).");
        }
        String problem = tools.problem();
        if (problem != null) {
            throw new LaunchException(EXIT_CONFIGURATION, problem);
        }
        if ((tlsKeystore == null) != (tlsPasswordVariable == null)) {
            throw new LaunchException(EXIT_CONFIGURATION, "HTTPS needs both --tls-keystore FILE and "
                    + "--tls-keystore-password-env VAR (the variable that holds the keystore's password).");
        }
        return configuration(() -> HttpServerSettings.builder()
                .host(host)
                .port(port)
                .allowedOrigins(allowedOrigins)
                .maxRequestBytes(maxRequestBytes)
                .sessionIdleTimeout(sessionIdleTimeout)
                .tls(tlsKeystore == null ? null : TlsKeystore.load(tlsKeystore, tlsPasswordVariable, environment))
                .build());
    }

    private DemoFleet startDemo() throws LaunchException {
        try {
            return tools.startDemo();
        } catch (RuntimeException failure) {
            throw new LaunchException(EXIT_FAILURE, "Could not start the simulated devices: " + failure.getMessage());
        }
    }

    /** What {@code step} makes of the options; an IllegalArgumentException from it is a configuration error. */
    private static <T> T configuration(Supplier<T> step) throws LaunchException {
        try {
            return step.get();
        } catch (IllegalArgumentException invalid) {
            throw new LaunchException(EXIT_CONFIGURATION, invalid.getMessage());
        }
    }

    private static void closeQuietly(DemoFleet demo) {
        if (demo != null) {
            demo.close();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HttpServerMain.class.getPackage().getImplementationVersion();
            return new String[] {"jmcp-server-http " + (version != null ? version : "development")};
        }
    }
}
