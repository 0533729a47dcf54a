package io.jmcp.server.stdio;

import ch.qos.logback.classic.Level;
import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.app.JmcpApp;
import io.jmcp.core.app.RpcTimeouts;
import io.jmcp.core.app.ServerOptions;
import io.jmcp.core.app.StartupException;
import io.jmcp.core.mcp.CallerResolver;
import io.jmcp.core.pool.PoolSettings;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The jmcp MCP server on stdio, for clients that start it as a subprocess (Claude Desktop,
 * VS Code). stdout carries JSON-RPC only; logs go to stderr. The server stops when stdin closes
 * or on SIGTERM, closing its device sessions.
 */
@Command(name = "jmcp-server-stdio", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = StdioServerMain.Version.class,
        description = "MCP server for Juniper Junos devices over NETCONF, on stdio.")
public final class StdioServerMain implements Callable<Integer> {
    static final int EXIT_CONFIGURATION = 2;
    private static final int EXIT_FAILURE = 1;
    private static final int MAX_DEMO_DEVICES = 500;
    private static final int PROTOCOL_BUFFER_BYTES = 64 * 1024;
    private static final String HTTP_JAR = "jmcp-server-http/target/jmcp-server-http.jar";

    enum LogLevel {
        ERROR, WARN, INFO, DEBUG, TRACE
    }

    @Option(names = {"-f", "--device-mapping"}, paramLabel = "FILE",
            description = "The JSON file containing the device mapping (devices.json).")
    private Path deviceMapping;

    @Option(names = {"-t", "--transport"}, paramLabel = "TRANSPORT", defaultValue = "stdio",
            description = "Must be stdio; for streamable-http run ${sys:line.separator}  java -jar " + HTTP_JAR)
    private String transport;

    /** Accepted only to explain that they belong to the HTTP server (the seed's flags). */
    @Option(names = {"-H", "--host", "-p", "--port"}, hidden = true)
    private String httpOption;

    @Option(names = "--demo", paramLabel = "N",
            description = "Start N simulated Junos devices in this process and serve them (no devices file needed).")
    private Integer demoDevices;

    @Option(names = "--read-only", description = "Offer only read-only tools; commands are limited to show-like ones.")
    private boolean readOnly;

    @Option(names = "--audit-log", paramLabel = "FILE", description = "Append one JSON line per tool call to FILE.")
    private Path auditLog;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private LogLevel logLevel;

    @Option(names = "--batch-concurrency", paramLabel = "N", defaultValue = "32",
            description = "Routers a batch tool works on at once (default: ${DEFAULT-VALUE}).")
    private int batchConcurrency;

    @Option(names = "--persist-devices",
            description = "Write devices added with add_device to the devices file (-f) too, not only to memory.")
    private boolean persistDevices;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "The directory reload_devices may read devices files from (default: the directory of -f).")
    private Path configDir;

    @Option(names = "--no-session-pool",
            description = "Open a new device session for every call, as the seed project did (for comparison).")
    private boolean noSessionPool;

    private final InputStream protocolIn;
    private final PrintStream protocolOut;
    private final PrintStream err;

    StdioServerMain(InputStream protocolIn, PrintStream protocolOut, PrintStream err) {
        this.protocolIn = protocolIn;
        this.protocolOut = protocolOut;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream protocolOut = System.out;
        // From here on, a stray println anywhere (a library, a status message) lands on stderr.
        System.setOut(System.err);
        CommandLine commandLine = new CommandLine(new StdioServerMain(System.in, protocolOut, System.err))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(protocolOut, true))
                .setErr(new PrintWriter(System.err, true));
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        setLogLevel(logLevel);
        String problem = optionProblem();
        if (problem != null) {
            err.println(problem);
            return EXIT_CONFIGURATION;
        }
        Logger log = LoggerFactory.getLogger(StdioServerMain.class);
        SimulatorFleet demo;
        try {
            demo = demoDevices == null ? null : SimulatorFleet.start(demoDevices);
        } catch (RuntimeException failure) {
            err.println("Could not start " + demoDevices + " simulated devices: " + failure.getMessage());
            return EXIT_FAILURE;
        }
        JmcpApp app;
        try {
            app = JmcpApp.create(options(demo), CallerResolver.localUser());
        } catch (StartupException badConfiguration) {
            err.println(badConfiguration.getMessage());
            stop(demo);
            return EXIT_CONFIGURATION;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                app.close();
                stop(demo);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "jmcp-shutdown"));
        CountDownLatch inputEnded = new CountDownLatch(1);
        app.toolServer().start(new StdioServerTransportProvider(app.toolServer().jsonMapper(),
                new EndOfInputSignal(protocolIn, inputEnded::countDown), wholeMessages(protocolOut)));
        log.info("jmcp serving {} tools for {} devices on stdio", app.toolServer().toolNames().size(),
                app.devices().current().names().size());
        inputEnded.await();
        log.info("stdin closed");
        shutdown.run();
        return 0;
    }

    /** What is wrong with the options, or null. */
    private String optionProblem() {
        if (!"stdio".equals(transport)) {
            return "jmcp-server-stdio serves the stdio transport only, not '" + transport + "'. For "
                    + "streamable-http run: java -jar " + HTTP_JAR + " -f devices.json -t streamable-http";
        }
        if (httpOption != null) {
            return "-H/--host and -p/--port configure the streamable-http server; the stdio server talks over "
                    + "stdin and stdout. Remove them, or run: java -jar " + HTTP_JAR;
        }
        if (deviceMapping == null && demoDevices == null) {
            return "Give the device mapping with -f/--device-mapping FILE, or --demo N to try simulated devices.";
        }
        if (deviceMapping != null && demoDevices != null) {
            return "Give either -f/--device-mapping or --demo, not both.";
        }
        if (batchConcurrency < 1) {
            return "--batch-concurrency must be at least 1, got " + batchConcurrency;
        }
        if (persistDevices && deviceMapping == null) {
            return "--persist-devices writes added devices to the devices file: give it with -f/--device-mapping.";
        }
        if (configDir != null && !Files.isDirectory(configDir)) {
            return "--config-dir must name an existing directory, got " + configDir;
        }
        if (demoDevices != null && (demoDevices < 1 || demoDevices > MAX_DEMO_DEVICES)) {
            return "--demo takes 1 to " + MAX_DEMO_DEVICES + " devices, got " + demoDevices;
        }
        return null;
    }

    private ServerOptions options(SimulatorFleet demo) {
        ServerOptions.Builder options = demo == null ? ServerOptions.builder(deviceMapping)
                : ServerOptions.builder(DemoDevices.inventory(demo.devices().stream()
                        .map(device -> new DemoDevices.Endpoint(device.name(), device.host(), device.port(),
                                DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD))
                        .toList()));
        return options
                .readOnly(readOnly)
                .auditLog(auditLog)
                .defaultRpcTimeout(RpcTimeouts.fromEnvironment(System.getenv()))
                .batchConcurrency(batchConcurrency)
                .pool(PoolSettings.defaults().withPooling(!noSessionPool))
                .persistDevices(persistDevices)
                .configDirectory(configDir)
                .build();
    }

    /**
     * The SDK writes a message and its newline separately, then flushes. On the bare stdout each
     * write is a system call, and the client wakes up for the message and again for its newline;
     * buffered, the flush hands both over in one write.
     */
    private static OutputStream wholeMessages(PrintStream out) {
        return new BufferedOutputStream(out, PROTOCOL_BUFFER_BYTES);
    }

    private static void setLogLevel(LogLevel level) {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level chosen = Level.toLevel(level.name());
        root.setLevel(chosen);
        // MINA SSHD dumps whole packets (NETCONF payloads, configuration bodies) at trace level:
        // it never logs below debug, whatever level was asked for.
        ch.qos.logback.classic.Logger sshd = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.sshd");
        sshd.setLevel(chosen.isGreaterOrEqual(Level.DEBUG) ? chosen : Level.DEBUG);
    }

    private static void stop(SimulatorFleet demo) {
        if (demo != null) {
            demo.close();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StdioServerMain.class.getPackage().getImplementationVersion();
            return new String[] {"jmcp-server-stdio " + (version != null ? version : "development")};
        }
    }
}
