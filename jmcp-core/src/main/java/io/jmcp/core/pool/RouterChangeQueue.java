package io.jmcp.core.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One configuration change at a time per router, in arrival order. Junos has one candidate and one
 * exclusive lock per router, so jmcp's own changes to a router would otherwise race for the lock and
 * all but one be refused ("configuration database locked by: jmcp"). Here they wait their turn
 * instead, first come first served, within a bounded time.
 *
 * <p>Fair semaphores, one per router: a fair {@link Semaphore#tryAcquire(long, TimeUnit)} hands the
 * permit to the longest waiting thread, so a change arriving later never overtakes one already
 * waiting. Thread-safe.
 */
public final class RouterChangeQueue {
    private final Map<String, Semaphore> routers = new ConcurrentHashMap<>();

    /**
     * Waits for this change's turn on {@code router}; the turn lasts until the returned
     * {@link Turn} is closed.
     *
     * @throws ChangeQueueTimeoutException when the turn did not come within {@code wait}
     */
    public Turn enter(String router, Duration wait) {
        return enterAll(List.of(router), wait);
    }

    /**
     * Waits for this change's turn on every router of {@code routerNames} (a change that spans them),
     * all within {@code wait}. Turns are taken in name order, so that two such changes over common
     * routers cannot each hold a router the other waits for.
     *
     * @throws ChangeQueueTimeoutException naming the router whose turn did not come; turns already
     *                                     taken are given back
     */
    public Turn enterAll(Collection<String> routerNames, Duration wait) {
        long started = System.nanoTime();
        long deadline = started + wait.toNanos();
        List<Semaphore> taken = new ArrayList<>();
        try {
            for (String router : new TreeSet<>(routerNames)) {
                Semaphore turn = routers.computeIfAbsent(router, name -> new Semaphore(1, true));
                int ahead = turn.getQueueLength() + (turn.availablePermits() == 0 ? 1 : 0);
                if (!turn.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new ChangeQueueTimeoutException(router, Duration.ofNanos(System.nanoTime() - started), ahead);
                }
                taken.add(turn);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            taken.forEach(Semaphore::release);
            throw new ChangeQueueTimeoutException("the change was cancelled while it waited for its turn on "
                    + String.join(", ", new TreeSet<>(routerNames)) + "; nothing was changed");
        } catch (RuntimeException failure) {
            taken.forEach(Semaphore::release);
            throw failure;
        }
        return new Turn(taken);
    }

    /** Changes waiting for their turn on {@code router} now (not counting the one under way). */
    public int waiting(String router) {
        Semaphore turn = routers.get(router);
        return turn == null ? 0 : turn.getQueueLength();
    }

    /** A change's turn on one or more routers; closing it lets the next change in. Idempotent. */
    public static final class Turn implements AutoCloseable {
        private final List<Semaphore> taken;
        private final AtomicBoolean released = new AtomicBoolean();

        private Turn(List<Semaphore> taken) {
            this.taken = List.copyOf(taken);
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                taken.forEach(Semaphore::release);
            }
        }
    }
}
