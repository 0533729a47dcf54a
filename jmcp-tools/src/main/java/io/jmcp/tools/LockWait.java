package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.EditMode;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.error.LockDeniedException;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.SessionLostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Function;

/**
 * The bounded wait of one configuration change on one router: from the change's arrival, first for
 * its turn in jmcp's queue, then for a lock held outside jmcp; both within the same {@code bound}.
 *
 * <p>Changes edit the shared candidate under its exclusive lock ({@link EditMode#EXCLUSIVE}) rather
 * than a private candidate, because Junos refuses the lock while the candidate holds someone else's
 * uncommitted changes (so a commit carries ours only), the lock keeps other sessions out between
 * diff, check and commit, and it allows {@code commit confirmed}, which private mode does not.
 * jmcp's own changes to a router take turns ({@link io.jmcp.core.pool.RouterChangeQueue}), so a
 * refused lock is held outside jmcp (another NETCONF client, a CLI user in {@code configure
 * exclusive}, uncommitted changes in the shared candidate): the lock is tried again, with backoff,
 * until the bound is spent, then the refusal names the holder.
 *
 * @param router      the router
 * @param arrivedNanos when the change arrived ({@link System#nanoTime()})
 * @param bound       how long it may wait in all
 */
record LockWait(String router, long arrivedNanos, Duration bound) {
    private static final Logger log = LoggerFactory.getLogger(LockWait.class);
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long LONGEST_RETRY_MILLIS = 2_000;

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

    /**
     * Runs {@code work} on {@code device}'s candidate, locked ({@link #lockCandidate}), then leaves it
     * clean ({@link CandidateEdit#close()}: discard and unlock). A session lost in a read the work
     * made on the device itself is closed first, so that nothing more is sent on it: the session's
     * end makes the router discard and unlock, and the session pool drops it.
     *
     * @throws ToolException naming the lock's holder when it was not released within this wait
     */
    <T> T editCandidate(JunosDevice device, Function<CandidateEdit, T> work) {
        try (CandidateEdit edit = lockCandidate(device)) {
            try {
                return work.apply(edit);
            } catch (SessionLostException lost) {
                device.close();
                throw lost;
            }
        }
    }

    /**
     * Locks the candidate, trying again with backoff while the router refuses the lock and this wait
     * is not spent. For a change that holds the lock across steps; otherwise use {@link #editCandidate}.
     *
     * @throws ToolException naming the holder when the lock was not released in time
     */
    CandidateEdit lockCandidate(JunosDevice device) {
        long retryMillis = FIRST_RETRY_MILLIS;
        while (true) {
            try {
                return device.editCandidate(EditMode.EXCLUSIVE);
            } catch (LockDeniedException refused) {
                Duration left = remaining();
                if (left.isZero()) {
                    throw heldOutside(refused);
                }
                log.debug("Candidate of {} locked outside jmcp; trying again in {} ms", router, retryMillis);
                pause(Math.min(retryMillis, left.toMillis() + 1));
                retryMillis = Math.min(retryMillis * 2, LONGEST_RETRY_MILLIS);
            }
        }
    }

    private ToolException heldOutside(LockDeniedException refused) {
        return new ToolException("The candidate configuration of " + router + " is locked (or holds uncommitted "
                + "changes) outside jmcp, " + holder(refused.refusal()) + ". jmcp tried to lock it for "
                + waited().toSeconds() + " s (the server's --change-queue-wait) and gave up. Nothing was changed on "
                + "the router. Ask the holder to commit or leave configuration mode, then try again.", refused);
    }

    /** Junos names the holder in the message ({@code locked by: user terminal p0 (pid N) ...}) and the session id. */
    private static String holder(RpcError denial) {
        String message = denial.message() == null ? "no holder named"
                : denial.message().replaceAll("\\s+", " ").strip();
        return "the router says: \"" + message + "\""
                + (denial.info() == null ? "" : " (session-id " + denial.info() + ")");
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ToolException("The change was cancelled while it waited for the candidate configuration of "
                    + router + " to be unlocked. Nothing was changed on the router.");
        }
    }
}
