package io.jmcp.server.http;

import io.jmcp.core.mcp.EarlyMcpServer;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.server.common.ArchiveTrainingSession;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.undertow.Undertow;
import jakarta.servlet.http.HttpServlet;
import org.slf4j.LoggerFactory;
import org.xnio.Xnio;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;

/**
 * The one-time work of a just started server's first answer, done on the other core while the main
 * thread reads the options (picocli's model of them takes about 0.15 s of one core):
 * <ul>
 *   <li>Logback's start, which also opens the server jar's index (25,000 entries, read once);</li>
 *   <li>the JSON mapper, and its readers and writers of the {@code initialize} request and answer,
 *       which Jackson builds by reflection at first use: the guard's checks and the SDK read and
 *       write those types, so that their first request then runs what is already built;</li>
 *   <li>what the listener's libraries set up once per JVM: Reactor's schedulers, the JCA providers,
 *       the servlet API's message bundles, the platform MBean server (with which XNIO registers
 *       itself and its worker unconditionally, loading JMX and the platform's MXBeans) and XNIO's
 *       NIO provider.</li>
 * </ul>
 * Each step is what the first request or the listener does anyway; none changes what they do.
 */
final class ListenerWarmUp {
    private final CompletableFuture<Void> loggingStarted = new CompletableFuture<>();

    private ListenerWarmUp() {
    }

    /** Starts the warm-up on a daemon thread of its own. */
    static ListenerWarmUp start() {
        ListenerWarmUp warmUp = new ListenerWarmUp();
        Thread thread = new Thread(warmUp::run, "jmcp-warm-up-listener");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /**
     * Waits until Logback has started here (a tenth of a second after {@link #start}): SLF4J gives a
     * thread that asks for the logger factory while another starts it a stand-in, not Logback's.
     */
    void awaitLogging() {
        loggingStarted.join();
    }

    private void run() {
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            loggingStarted.complete(null);
        }
        try {
            McpJsonMapper jsonMapper = McpJsonDefaults.getMapper();
            startLibraries();
            readAndAnswerInitialize(jsonMapper);
        } catch (RuntimeException failed) {
            // Only time is lost: the listener and the first request do each step themselves.
            LoggerFactory.getLogger(ListenerWarmUp.class).debug("The listener's warm-up stopped: {}", failed.toString());
        }
    }

    /** What the listener's libraries set up once per JVM, in the order the main thread meets them. */
    private static void startLibraries() {
        Schedulers.boundedElastic(); // Reactor's schedulers: each SDK transport's keep-alive and sweeper
        new SecureRandom(); // the JCA providers: Undertow's session ids, the token check
        new HttpServlet() { // the servlet API's message bundles: the SDK's transports are servlets
        };
        ManagementFactory.getPlatformMBeanServer();
        Xnio.getInstance(Undertow.class.getClassLoader()); // XNIO's NIO provider, which registers itself as an MBean
    }

    private static void readAndAnswerInitialize(McpJsonMapper jsonMapper) {
        McpMessageCheck.Message initialize = new McpMessageCheck(jsonMapper)
                .check(ArchiveTrainingSession.INITIALIZE.getBytes(StandardCharsets.UTF_8)).message();
        EarlyMcpServer.requestCheckBeforeTools().problem(initialize.method(), initialize.params());
        McpSchema.InitializeResult answer = new McpSchema.InitializeResult(ArchiveTrainingSession.PROTOCOL_VERSION,
                EarlyMcpServer.capabilities(), new McpSchema.Implementation(McpToolServer.SERVER_NAME, "0"), null);
        try {
            jsonMapper.writeValueAsString(new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, initialize.id(),
                    answer, null));
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }
}
