package io.jmcp.tools;

import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.SessionLostException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * One router's pooled session with its candidate locked ({@link LockWait#editCandidate}), held across
 * the phases of a {@link NetworkTransaction} on a thread of its own: the pool lends a session only
 * for the length of a callback, and the lock must outlive each phase. Steps run in the order given;
 * the session is opened with the first step, so that opening counts against the caller's bound on
 * concurrent work. {@link #release()} discards what is uncommitted and unlocks.
 *
 * <p>A step that fails with the router's answer leaves the session held; a lost session (dropped,
 * timed out) ends it, and every later step fails with that loss.
 */
final class HeldSession {
    private final String router;
    private final BlockingQueue<Step<?>> steps = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> released = new CompletableFuture<>();
    private RuntimeException endedBy;
    private boolean ended;

    private HeldSession(String router) {
        this.router = router;
    }

    /**
     * A held session to {@code lockWait}'s router; nothing is opened before the first step. A lock
     * held outside jmcp is waited for within {@code lockWait}.
     */
    static HeldSession start(ToolContext context, LockWait lockWait, Duration timeout) {
        HeldSession held = new HeldSession(lockWait.router());
        Thread thread = new Thread(() -> held.hold(context, lockWait, timeout), "jmcp-transaction-" + lockWait.router());
        thread.setDaemon(true);
        thread.start();
        return held;
    }

    String router() {
        return router;
    }

    /**
     * Runs {@code work} on the locked session after the steps before it.
     *
     * @return completes with the work's result, or with a {@link ToolException} or
     *         {@link DeviceException} (naming the router) when it failed or the session had ended
     */
    <T> CompletableFuture<T> run(Function<CandidateEdit, T> work) {
        Step<T> step = new Step<>(work);
        synchronized (this) {
            if (!ended) {
                steps.add(step);
                return step.result;
            }
        }
        step.result.completeExceptionally(endedBy());
        return step.result;
    }

    /** Whether the session has ended: released, lost, or never opened. */
    synchronized boolean isEnded() {
        return ended;
    }

    /** Discards what is left uncommitted and unlocks; completes when the session is back in the pool. */
    CompletableFuture<Void> release() {
        steps.add(Step.RELEASE);
        return released;
    }

    private void hold(ToolContext context, LockWait lockWait, Duration timeout) {
        RuntimeException failure = null;
        Step<?> first = null;
        try {
            first = steps.take();
            Step<?> opening = first;
            if (first != Step.RELEASE) {
                context.onDevice(router, Purpose.WRITE, timeout,
                        device -> lockWait.editCandidate(device, edit -> serve(edit, opening)));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure = new ToolException("the transaction on " + router + " was interrupted");
        } catch (RuntimeException lost) {
            failure = lost;
        } finally {
            end(first, failure);
        }
    }

    /** Runs steps until {@link #release()}; a lost session ends it by throwing. */
    private Void serve(CandidateEdit edit, Step<?> first) {
        Step<?> step = first;
        while (step != Step.RELEASE) {
            step.runOn(edit, router);
            try {
                step = steps.take();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ToolException("the transaction on " + router + " was interrupted");
            }
        }
        return null;
    }

    /** Fails the steps left, {@code first} too when the session could not even be opened. */
    private void end(Step<?> first, RuntimeException failure) {
        List<Step<?>> left = new ArrayList<>();
        if (first != null) {
            left.add(first);
        }
        synchronized (this) {
            ended = true;
            endedBy = failure;
            steps.drainTo(left);
        }
        left.stream().filter(step -> step != Step.RELEASE).forEach(step -> step.result.completeExceptionally(endedBy()));
        if (failure == null) {
            released.complete(null);
        } else {
            released.completeExceptionally(failure);
        }
    }

    private synchronized RuntimeException endedBy() {
        return endedBy != null ? endedBy
                : new ToolException("the session to " + router + " was already released");
    }

    /** One piece of work and its result. */
    private static final class Step<T> {
        static final Step<Void> RELEASE = new Step<>(edit -> null);

        final Function<CandidateEdit, T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Step(Function<CandidateEdit, T> work) {
            this.work = work;
        }

        /** Completes the result; rethrows a lost session, which ends the hold. */
        void runOn(CandidateEdit edit, String router) {
            try {
                result.complete(work.apply(edit));
            } catch (SessionLostException lost) {
                result.completeExceptionally(DeviceException.of(router, lost));
                throw lost;
            } catch (NetconfException failure) {
                result.completeExceptionally(DeviceException.of(router, failure));
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        }
    }
}
