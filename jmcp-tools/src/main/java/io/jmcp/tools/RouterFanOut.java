package io.jmcp.tools;

import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per router, at most {@link ToolContext#batchConcurrency()} at once, and tells the
 * client as each router finishes (MCP progress). Results come back in the order the routers were
 * given, whatever order they finish in. Routers not yet started when the call is cancelled are
 * not contacted.
 */
final class RouterFanOut {

    /** The work for one router. {@link #run} reports failures in its result rather than throwing. */
    interface RouterTask<R> {
        R run(String router);

        /** The result of a router left out because the call was cancelled before its turn. */
        R notStarted(String router);

        /** One line for the progress notification, e.g. {@code r1: success}. */
        String describe(R result);
    }

    private RouterFanOut() {
    }

    static <R> List<R> run(ToolContext context, List<String> routers, RouterTask<R> task) {
        if (routers.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(context.batchConcurrency(), routers.size());
        ExecutorService executor = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            CompletionService<Finished<R>> completion = new ExecutorCompletionService<>(executor);
            for (int i = 0; i < routers.size(); i++) {
                int index = i;
                String router = routers.get(index);
                completion.submit(() -> new Finished<>(index,
                        context.isCancelled() ? task.notStarted(router) : task.run(router)));
            }
            return collect(context, routers.size(), completion, task);
        } finally {
            executor.shutdownNow();
        }
    }

    private static <R> List<R> collect(ToolContext context, int total, CompletionService<Finished<R>> completion,
            RouterTask<R> task) {
        Object[] results = new Object[total];
        try {
            for (int done = 1; done <= total; done++) {
                Finished<R> finished = completion.take().get();
                results[finished.index()] = finished.result();
                context.progress(done, total, task.describe(finished.result()) + " (" + done + "/" + total + ")");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ToolException("the call was cancelled before every router had finished");
        } catch (ExecutionException failure) {
            throw failure.getCause() instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException("a router task failed", failure.getCause());
        }
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) new ArrayList<>(Arrays.asList(results));
        return ordered;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "jmcp-router-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Finished<R>(int index, R result) {
    }
}
