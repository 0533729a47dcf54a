package io.jmcp.core.mcp;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded thread pool on which tool handlers run, so that blocking device I/O never holds
 * a transport thread. Calls beyond {@code threads} queue, up to {@code queueCapacity}; beyond
 * that they are refused at once with a "busy" error rather than piling up.
 */
public final class ToolWorkers implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Scheduler scheduler;

    public ToolWorkers(int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("threads and queueCapacity must be positive, got "
                    + threads + " and " + queueCapacity);
        }
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), namedDaemonThreads());
        this.executor.allowCoreThreadTimeOut(true);
        this.scheduler = Schedulers.fromExecutorService(executor, "jmcp-tools");
    }

    Scheduler scheduler() {
        return scheduler;
    }

    int threads() {
        return executor.getMaximumPoolSize();
    }

    /**
     * Stops taking calls, lets running ones finish for up to {@code grace}, then interrupts them.
     */
    public void close(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler.dispose();
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "jmcp-tool-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
