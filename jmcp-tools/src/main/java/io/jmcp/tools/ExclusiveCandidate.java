package io.jmcp.tools;

import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.NetconfException;
import io.jmcp.netconf.NetconfTimeoutException;
import io.jmcp.netconf.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

/**
 * Edits a router's shared candidate configuration under its exclusive lock, and leaves nothing
 * behind: whatever happens, what is left uncommitted is discarded and the lock released.
 *
 * <p>The exclusive lock, rather than a private candidate, because Junos refuses the lock while the
 * candidate holds someone else's uncommitted changes (so a commit carries ours only), keeps other
 * sessions out between diff, check and commit, and allows {@code commit confirmed}, which private
 * mode does not.
 */
final class ExclusiveCandidate {
    private static final Logger log = LoggerFactory.getLogger(ExclusiveCandidate.class);

    private ExclusiveCandidate() {
    }

    /**
     * Locks the candidate, runs {@code edit}, then discards what is uncommitted and unlocks. When the
     * session was lost (dropped or timed out) nothing more is sent: the session's end makes the router
     * discard and unlock, and the session pool closes it.
     */
    static <T> T edit(JunosDevice device, Function<JunosDevice, T> edit) {
        device.lock();
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

    /** After a commit the discard finds nothing to drop; after anything else it drops our change. */
    private static void release(JunosDevice device) {
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
