package io.jmcp.core.mcp;

import io.modelcontextprotocol.spec.McpSchema;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether the tools of a server that answers {@code initialize} before building them
 * ({@link EarlyMcpServer}) are served yet: a transport holds every other message on
 * {@link #await()} until {@link #serve} or {@link #refuse}, and checks request params with
 * {@link #requestCheck()}, which knows the tools once they are served. Shared by every transport of
 * a server (one per token scope over HTTP).
 */
public final class ToolsReadiness {
    /** How long a message waits for the tools; building them takes about a second. */
    public static final Duration TOOLS_WAIT = Duration.ofMinutes(2);
    /**
     * What a client sends before it may list anything: answered at once, so that a client waiting
     * for the {@code initialize} answer is not held while the tools are built.
     */
    private static final Set<String> BEFORE_TOOLS = Set.of(McpSchema.METHOD_INITIALIZE, McpSchema.METHOD_PING,
            McpSchema.METHOD_NOTIFICATION_INITIALIZED);

    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile McpRequestCheck requestCheck = EarlyMcpServer.requestCheckBeforeTools();
    /** Why requests cannot be served, once the server could not be built; else null. */
    private volatile String unavailable;

    /** Readiness of a server whose tools exist from the start, checked with {@code check}. */
    public static ToolsReadiness served(McpRequestCheck check) {
        ToolsReadiness readiness = new ToolsReadiness();
        readiness.serve(check);
        return readiness;
    }

    /** Whether a message with this method (null for a client's response) waits for the tools. */
    public static boolean waitsForTools(String method) {
        return method == null || !BEFORE_TOOLS.contains(method);
    }

    /** The tools are served: held messages go on, checked from now on with {@code check}. */
    public synchronized void serve(McpRequestCheck check) {
        if (settled.getCount() > 0) {
            this.requestCheck = check;
            settled.countDown();
        }
    }

    /**
     * The server could not be built, or stops before it was: every held and later message is refused
     * with this reason. False when the tools were served or refused already (the first reason stays).
     */
    public synchronized boolean refuse(String reason) {
        if (settled.getCount() == 0) {
            return false;
        }
        this.unavailable = reason;
        settled.countDown();
        return true;
    }

    /** Whether the tools are served (news of changed lists means something to a client only then). */
    public boolean isServed() {
        return settled.getCount() == 0 && unavailable == null;
    }

    /**
     * Waits until the tools are served, at most {@link #TOOLS_WAIT}; empty once they are, else why the
     * message cannot be served (the server could not be built, was not built in time, or is stopping).
     */
    public Optional<String> await() {
        try {
            if (!settled.await(TOOLS_WAIT.toMillis(), TimeUnit.MILLISECONDS) && unavailable == null) {
                return Optional.of("the server's tools were not ready within " + TOOLS_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of("the server is stopping");
        }
        return Optional.ofNullable(unavailable);
    }

    /** The check of request params: of every request before the tools exist, then knowing them. */
    public McpRequestCheck requestCheck() {
        return requestCheck;
    }
}
