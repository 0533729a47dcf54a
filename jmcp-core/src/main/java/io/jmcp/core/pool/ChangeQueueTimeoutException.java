package io.jmcp.core.pool;

import java.time.Duration;

/**
 * A change did not get its turn on a router in time ({@link RouterChangeQueue}); nothing was changed.
 * An expected failure: its message is for the user.
 */
public final class ChangeQueueTimeoutException extends RuntimeException {

    ChangeQueueTimeoutException(String router, Duration waited, int ahead) {
        super("Router '" + router + "' is busy with other configuration changes: this change waited "
                + Elapsed.describe(waited) + " for its turn (" + ahead + " change(s) ahead of it when it arrived) and was not "
                + "started. Nothing was changed on the router. Try again later; the wait limit is the server's "
                + "--change-queue-wait.");
    }

    ChangeQueueTimeoutException(String message) {
        super(message);
    }
}
