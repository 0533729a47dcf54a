package io.jmcp.tools;

import io.jmcp.core.spi.ToolContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Runs one phase of a {@link NetworkTransaction} on many routers, at most
 * {@link ToolContext#batchConcurrency()} at once, and tells the client as each router finishes
 * (MCP progress, one count over every phase).
 */
final class PhaseRunner implements AutoCloseable {
    private final ToolContext context;
    private final Semaphore permits;
    private final ExecutorService executor;
    private int done;
    private int total;

    /** The outcome of one router's step: its value, or why it failed (in words for the client). */
    record Attempt<T>(T value, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    PhaseRunner(ToolContext context, int firstPhaseSteps) {
        this.context = context;
        this.permits = new Semaphore(context.batchConcurrency());
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "jmcp-transaction-rollback");
            thread.setDaemon(true);
            return thread;
        });
        this.total = firstPhaseSteps;
    }

    /** Where work that has no held session runs (each piece still takes a permit). */
    ExecutorService executor() {
        return executor;
    }

    /** {@code steps} more router steps are coming, for the progress total. */
    synchronized void plan(int steps) {
        total = done + steps;
    }

    /** Starts {@code step} for each router, within the permits, and waits for all of them. */
    <T> Map<String, Attempt<T>> run(TransactionPhase phase, List<String> routers,
            Function<String, CompletableFuture<T>> step) {
        Map<String, CompletableFuture<Attempt<T>>> started = new LinkedHashMap<>();
        for (String router : routers) {
            try {
                permits.acquire();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                started.put(router, CompletableFuture.completedFuture(new Attempt<>(null, "the call was cancelled")));
                continue;
            }
            started.put(router, start(step, router).handle((value, failure) -> {
                permits.release();
                Attempt<T> attempt = failure == null ? new Attempt<>(value, null)
                        : new Attempt<>(null, NetworkTransaction.describe(router, unwrap(failure)));
                report(phase, router, attempt, routers.size());
                return attempt;
            }));
        }
        Map<String, Attempt<T>> attempts = new LinkedHashMap<>();
        started.forEach((router, attempt) -> attempts.put(router, attempt.join()));
        return attempts;
    }

    private static <T> CompletableFuture<T> start(Function<String, CompletableFuture<T>> step, String router) {
        try {
            return step.apply(router);
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    private synchronized void report(TransactionPhase phase, String router, Attempt<?> attempt, int routers) {
        done++;
        total = Math.max(total, done);
        context.progress(done, total, phase.label() + ": " + router + (attempt.failed() ? " failed" : " ok")
                + " (" + done + "/" + total + ")");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
