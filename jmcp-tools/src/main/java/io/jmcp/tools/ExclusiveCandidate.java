package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.NetconfException;
import io.jmcp.netconf.NetconfTimeoutException;
import io.jmcp.netconf.RpcError;
import io.jmcp.netconf.RpcErrorException;
import io.jmcp.netconf.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Edits a router's shared candidate configuration under its exclusive lock, and leaves nothing
 * behind: whatever happens, what is left uncommitted is discarded and the lock released.
 *
 * <p>The exclusive lock, rather than a private candidate, because Junos refuses the lock while the
 * candidate holds someone else's uncommitted changes (so a commit carries ours only), keeps other
 * sessions out between diff, check and commit, and allows {@code commit confirmed}, which private
 * mode does not.
 *
 * <p>jmcp's own changes to a router take turns ({@link io.jmcp.core.pool.RouterChangeQueue}), so a
 * refused lock is held outside jmcp (another NETCONF client, a CLI user in {@code configure
 * exclusive}, uncommitted changes in the shared candidate): the lock is tried again, with backoff,
 * until the change's {@link LockWait} is spent, then the refusal names the holder.
 */
final class ExclusiveCandidate {
    private static final Logger log = LoggerFactory.getLogger(ExclusiveCandidate.class);
    private static final String LOCK_DENIED = "lock-denied";
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long LONGEST_RETRY_MILLIS = 2_000;

    private ExclusiveCandidate() {
    }

    /**
     * Locks the candidate (waiting for a holder outside jmcp within {@code wait}), runs {@code edit},
     * then discards what is uncommitted and unlocks. When the session was lost (dropped or timed out)
     * nothing more is sent: the session's end makes the router discard and unlock, and the session
     * pool closes it.
     *
     * @throws ToolException naming the lock's holder when it was not released within {@code wait}
     */
    static <T> T edit(JunosDevice device, LockWait wait, Function<JunosDevice, T> edit) {
        lock(device, wait);
        boolean sessionUsable = true;
        try {
            return edit.apply(device);
        } catch (TransportException | NetconfTimeoutException lost) {
            sessionUsable = false;
            throw lost;
        } finally {
            if (sessionUsable) {
                release(device);
            }
        }
    }

    /**
     * Locks the candidate, trying again with backoff while the router refuses the lock
     * ({@code lock-denied}) and {@code wait} is not spent. For a change that must hold the locks of
     * several routers at once; otherwise use {@link #edit}.
     *
     * @throws ToolException naming the holder when the lock was not released in time
     */
    static void lock(JunosDevice device, LockWait wait) {
        long retryMillis = FIRST_RETRY_MILLIS;
        while (true) {
            try {
                device.lock();
                return;
            } catch (RpcErrorException refused) {
                RpcError denial = lockDenial(refused).orElseThrow(() -> refused);
                Duration left = wait.remaining();
                if (left.isZero()) {
                    throw heldOutside(wait, denial, refused);
                }
                log.debug("Candidate of {} locked outside jmcp; trying again in {} ms", wait.router(), retryMillis);
                pause(Math.min(retryMillis, left.toMillis() + 1), wait);
                retryMillis = Math.min(retryMillis * 2, LONGEST_RETRY_MILLIS);
            }
        }
    }

    private static Optional<RpcError> lockDenial(RpcErrorException refused) {
        return refused.errors().stream().filter(error -> LOCK_DENIED.equals(error.tag())).findFirst();
    }

    private static ToolException heldOutside(LockWait wait, RpcError denial, RpcErrorException refused) {
        return new ToolException("The candidate configuration of " + wait.router() + " is locked (or holds uncommitted changes) outside jmcp, "
                + holder(denial) + ". jmcp tried to lock it for " + wait.waited().toSeconds() + " s (the server's "
                + "--change-queue-wait) and gave up. Nothing was changed on the router. Ask the holder to commit or "
                + "leave configuration mode, then try again.", refused);
    }

    /** Junos names the holder in the message ({@code locked by: user terminal p0 (pid N) ...}) and the session id. */
    static String holder(RpcError denial) {
        String message = denial.message() == null ? "no holder named" : denial.message().replaceAll("\\s+", " ").strip();
        return "the router says: \"" + message + "\"" + (denial.info() == null ? "" : " (session-id " + denial.info() + ")");
    }

    private static void pause(long millis, LockWait wait) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ToolException("The change was cancelled while it waited for the candidate configuration of "
                    + wait.router() + " to be unlocked. Nothing was changed on the router.");
        }
    }

    /**
     * Discards what is uncommitted and unlocks; closes the session when that fails. After a commit
     * the discard finds nothing to drop; after anything else it drops our change.
     */
    static void release(JunosDevice device) {
        try {
            device.discardChanges();
            device.unlock();
        } catch (NetconfException failure) {
            // Ending the session is the other way to make the router discard and unlock.
            log.warn("Could not discard and unlock the candidate on {} ({}); closing the session", device,
                    failure.getMessage());
            device.close();
        }
    }
}
