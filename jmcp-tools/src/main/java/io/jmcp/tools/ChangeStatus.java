package io.jmcp.tools;

import java.util.Locale;

/**
 * What a configuration change left on one router: the {@code status} of a single change
 * ({@link ChangeOutcome}) and of a router in a network transaction ({@link RouterOutcome}). Its JSON
 * name is the constant's name in lower case; output schemas list every constant.
 */
enum ChangeStatus {
    /** Committed (with {@code commit confirmed} when the options say so, awaiting the caller's confirm_commit). */
    COMMITTED,
    /**
     * Committed as a {@code commit confirmed} that jmcp did not confirm, because the reachability
     * proof failed: the router rolls back by itself (single changes, {@link SafeCommit}).
     */
    ROLLING_BACK,
    /** The router's configuration already had the change: nothing was committed. */
    NO_CHANGES,
    /** Dry run: the commit check passed and the change was discarded. */
    CHECKED,
    /** Prepared, but the transaction did not commit: the candidate was discarded, nothing committed. */
    NOT_COMMITTED,
    /** Nothing was committed (or, in a transaction, this router failed); the message says why. */
    FAILED,
    /** Committed in a transaction's phase 2, then rolled back because the transaction failed. */
    ROLLED_BACK,
    /** Committed, and the rollback failed: its commit confirmed rolls it back when the time is up. */
    ROLLBACK_FAILED;

    String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
