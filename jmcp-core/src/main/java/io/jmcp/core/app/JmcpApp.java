package io.jmcp.core.app;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.guard.BlockListException;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.InventoryException;
import io.jmcp.core.mcp.CallerResolver;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.core.mcp.ToolWorkers;
import io.jmcp.core.output.OutputStore;
import io.jmcp.core.pool.SessionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A built jmcp server, ready for a transport: {@code app.toolServer().start(transport)}.
 * {@link #close()} shuts it down in order: running calls are told to stop and given a grace
 * period, then MCP sessions, device sessions and the audit log are closed.
 */
public final class JmcpApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JmcpApp.class);
    /** How long running tool calls may take to finish at shutdown before they are interrupted. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final McpToolServer toolServer;
    private final ToolWorkers workers;
    private final SessionPool sessions;
    private final DeviceRegistry devices;
    private final AuditLog auditLog;
    private final OutputStore outputs;
    private boolean closed;

    @Inject
    JmcpApp(McpToolServer toolServer, ToolWorkers workers, SessionPool sessions, DeviceRegistry devices,
            AuditLog auditLog, OutputStore outputs) {
        this.toolServer = toolServer;
        this.workers = workers;
        this.sessions = sessions;
        this.devices = devices;
        this.auditLog = auditLog;
        this.outputs = outputs;
    }

    /**
     * Builds the server, loading and validating its inventory, guardrails and tools.
     *
     * @throws StartupException with a message naming every problem, when the configuration is bad
     */
    public static JmcpApp create(ServerOptions options, CallerResolver callers) {
        // On the other core, while this one builds the server: the first tool call then finds the
        // SSH client ready instead of waiting for it right after initialize.
        return create(options, callers, CompletableFuture.completedStage(null));
    }

    /**
     * {@link #create(ServerOptions, CallerResolver)}, preparing the SSH client in the background only
     * once {@code connectionsAfter} completes: a stdio server answers initialize while it builds, and
     * a third busy thread on a two-core machine would delay that answer.
     */
    public static JmcpApp create(ServerOptions options, CallerResolver callers, CompletionStage<?> connectionsAfter) {
        connectionsAfter.thenRun(FirstCallWarmUp::start);
        StartupTrace.mark("building the server");
        try {
            return Guice.createInjector(Stage.PRODUCTION, new JmcpModule(options, callers)).getInstance(JmcpApp.class);
        } catch (CreationException failure) {
            throw withHint(startupFailure(failure.getErrorMessages(), failure), options);
        } catch (ProvisionException failure) {
            throw withHint(startupFailure(failure.getErrorMessages(), failure), options);
        }
    }

    /** A bad devices file's problems, followed by what to do about them when we know. */
    private static RuntimeException withHint(RuntimeException failure, ServerOptions options) {
        if (!(failure instanceof StartupException) || options.devicesFileIfAny().isEmpty()) {
            return failure;
        }
        return DevicesFileHints.forFile(options.devicesFileIfAny().get())
                .<RuntimeException>map(hint -> new StartupException(failure.getMessage() + "\n" + hint, failure))
                .orElse(failure);
    }

    public McpToolServer toolServer() {
        return toolServer;
    }

    public DeviceRegistry devices() {
        return devices;
    }

    public SessionPool sessions() {
        return sessions;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Shutting down");
        toolServer.cancelCalls();
        // Running calls may finish (a commit half done is worse than a late exit) and answer.
        workers.close(SHUTDOWN_GRACE);
        toolServer.close();
        sessions.close();
        outputs.close();
        try {
            auditLog.close();
        } catch (IOException failure) {
            log.warn("Closing the audit log failed: {}", failure.getMessage());
        }
    }

    /** The configuration problem behind a Guice failure, with its own message; else the failure. */
    private static RuntimeException startupFailure(Collection<Message> messages, RuntimeException failure) {
        for (Message message : messages) {
            Throwable cause = message.getCause();
            while (cause != null) {
                if (isConfigurationProblem(cause)) {
                    return cause instanceof StartupException startup ? startup
                            : new StartupException(cause.getMessage(), cause);
                }
                cause = cause.getCause();
            }
        }
        return failure;
    }

    private static boolean isConfigurationProblem(Throwable cause) {
        return cause instanceof StartupException || cause instanceof InventoryException
                || cause instanceof BlockListException || cause instanceof IllegalArgumentException;
    }
}
