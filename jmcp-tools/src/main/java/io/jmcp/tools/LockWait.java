package io.jmcp.tools;

import java.time.Duration;

/**
 * The bounded wait of one configuration change on one router: from the change's arrival, first for
 * its turn in jmcp's queue, then for a lock held outside jmcp; both within the same {@code bound}.
 *
 * @param router      the router
 * @param arrivedNanos when the change arrived ({@link System#nanoTime()})
 * @param bound       how long it may wait in all
 */
record LockWait(String router, long arrivedNanos, Duration bound) {

    static LockWait startingNow(String router, Duration bound) {
        return new LockWait(router, System.nanoTime(), bound);
    }

    /** What is left of the bound; zero once spent. */
    Duration remaining() {
        long left = arrivedNanos + bound.toNanos() - System.nanoTime();
        return Duration.ofNanos(Math.max(0, left));
    }

    Duration waited() {
        return Duration.ofNanos(System.nanoTime() - arrivedNanos);
    }
}
