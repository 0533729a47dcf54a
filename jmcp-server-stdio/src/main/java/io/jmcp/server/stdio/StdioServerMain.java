package io.jmcp.server.stdio;

import io.jmcp.core.app.JmcpApp;
import io.jmcp.core.app.StartupException;
import io.jmcp.core.app.StartupTrace;
import io.jmcp.core.mcp.CallerResolver;
import io.jmcp.core.mcp.EarlyMcpServer;
import io.jmcp.server.common.DemoFleet;
import io.jmcp.server.common.StartupReport;
import io.jmcp.server.common.ToolServerOptions;
import io.jmcp.server.common.UnusableClassArchive;
import io.jmcp.server.common.UnusedConverters;
import io.modelcontextprotocol.json.McpJsonDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
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
    private static final String HTTP_JAR = "jmcp-server-http/target/jmcp-server-http.jar";

    @Mixin
    private ToolServerOptions tools;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-t", "--transport"}, paramLabel = "TRANSPORT", defaultValue = "stdio",
            description = "Must be stdio; for streamable-http run ${sys:line.separator}  java -jar " + HTTP_JAR)
    private String transport;

    /** Accepted only to explain that they belong to the HTTP server (the seed's flags). */
    @Option(names = {"-H", "--host", "-p", "--port"}, hidden = true)
    private String httpOption;

    private final InputStream protocolIn;
    private final PrintStream protocolOut;
    private final PrintStream err;

    StdioServerMain(InputStream protocolIn, PrintStream protocolOut, PrintStream err) {
        this.protocolIn = protocolIn;
        this.protocolOut = protocolOut;
        this.err = err;
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        UnusedConverters.exclude();
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
        StartupTrace.mark("options parsed");
        tools.logLevel().apply();
        StartupTrace.mark("logging configured");
        String problem = optionProblem();
        if (problem != null) {
            err.println(problem);
            return EXIT_CONFIGURATION;
        }
        Logger log = LoggerFactory.getLogger(StdioServerMain.class);
        // initialize is answered from here on, while this thread builds the tools: a client starts
        // the server for each conversation and waits for that answer first.
        StdioTransportProvider transport = StdioTransportProvider.beforeTools(McpJsonDefaults.getMapper(), protocolIn,
                protocolOut);
        EarlyMcpServer server = EarlyMcpServer.start(transport);
        StartupTrace.mark("answering initialize");
        DemoFleet demo;
        try {
            demo = tools.startDemo();
        } catch (RuntimeException failure) {
            return notStarted(transport, server, null, "Could not start the simulated devices: " + failure.getMessage(),
                    EXIT_FAILURE);
        }
        JmcpApp app;
        try {
            app = JmcpApp.create(tools.serverOptions(demo, System.getenv()), CallerResolver.localUser(),
                    transport.firstAnswer());
        } catch (StartupException badConfiguration) {
            return notStarted(transport, server, demo, badConfiguration.getMessage(), EXIT_CONFIGURATION);
        }
        UnusableClassArchive.discardIfUnused(); // before the tools are listed, so a client that lists them sees it done
        server.serve(app.toolServer());
        transport.serveTools(app.toolServer().requestCheck());
        StartupTrace.mark("tools served");
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                app.close();
                stop(demo);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "jmcp-shutdown"));
        StartupReport.stdioReady(log, List.copyOf(app.devices().current().names()), app.toolServer().toolNames().size(),
                spec.commandLine().getParseResult().originalArgs());
        transport.awaitEndOfInput();
        log.info("stdin closed; every request read was answered");
        shutdown.run();
        return 0;
    }

    /** The server could not be built: says why on stderr and to every request, then stops. */
    private int notStarted(StdioTransportProvider transport, EarlyMcpServer server, DemoFleet demo, String why,
            int exitCode) {
        err.println(why);
        transport.refuseAll(why);
        server.close();
        stop(demo);
        return exitCode;
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
        return tools.problem();
    }

    private static void stop(DemoFleet demo) {
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
