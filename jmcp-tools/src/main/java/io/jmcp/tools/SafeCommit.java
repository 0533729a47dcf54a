package io.jmcp.tools;

import io.jmcp.core.pool.ReachabilityProof;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.error.RpcError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * jmcp's commit, unless the server turned it off ({@code --safe-commit-minutes 0}) or the caller
 * asked for {@code confirmed_minutes} (then the caller confirms): a {@code commit confirmed}, then a
 * {@link ReachabilityProof} over a new session, and only then the confirming commit. A change that
 * cuts jmcp off (its NETCONF service, its login) is therefore never confirmed: the router rolls it
 * back by itself when the minutes are up. The three steps are separate so that a change over many
 * routers can run each step on all of them before the next.
 */
final class SafeCommit {
    /** The proof must end well before the router rolls back, or a late confirmation would find nothing to confirm. */
    private static final int PROOF_SHARE_OF_WINDOW = 2;

    private final ToolContext context;
    private final int minutes;

    private SafeCommit(ToolContext context, int minutes) {
        this.context = context;
        this.minutes = minutes;
    }

    /** The server's safe commit (its minutes, 0 when off). */
    static SafeCommit of(ToolContext context) {
        return new SafeCommit(context, ServerParts.pool(context).changeSettings().safeCommitMinutes());
    }

    /** Whether jmcp proves and confirms a commit made with {@code options} itself. */
    boolean appliesTo(CommitOptions options) {
        return minutes > 0 && !options.confirmed() && !options.dryRun();
    }

    int minutes() {
        return minutes;
    }

    /** Step 1: commits the locked candidate as a {@code commit confirmed}; the router rolls back at {@link Pending#rollbackAt()}. */
    Pending commitConfirmed(CandidateEdit edit, String comment) {
        Instant committedAt = Instant.now();
        List<RpcError> warnings = edit.commit(CommitOptions.confirmedCommit(comment, minutes)).warnings();
        return new Pending(committedAt.plus(Duration.ofMinutes(minutes)), warnings);
    }

    /** Step 2: whether the router still answers a new NETCONF session, within half of the rollback window. */
    ReachabilityProof.Result prove(String router, Duration timeout) {
        Duration halfWindow = Duration.ofMinutes(minutes).dividedBy(PROOF_SHARE_OF_WINDOW);
        Duration limit = timeout.compareTo(halfWindow) < 0 ? timeout : halfWindow;
        return ServerParts.pool(context).reachabilityProof().prove(router, limit);
    }

    /**
     * Step 3: the confirming commit, in the session that holds the lock. It is a commit of its own in
     * the router's history, with the change's comment.
     */
    List<RpcError> confirm(CandidateEdit edit, String comment) {
        return edit.commit(io.jmcp.netconf.CommitOptions.comment(comment)).warnings();
    }

    /**
     * A {@code commit confirmed} awaiting confirmation.
     *
     * @param rollbackAt when the router rolls back unless confirmed, by jmcp's clock: Junos's reply to a
     *                   {@code commit confirmed} does not say when (no recorded Junos reply carries a time
     *                   and Juniper's YANG models no commit reply; only {@code get-commit-information}
     *                   reports a pending rollback, as free text). Taken before the commit was sent, so
     *                   the router's own deadline, which starts when it commits, is never earlier.
     * @param warnings   the router's commit warnings
     */
    record Pending(Instant rollbackAt, List<RpcError> warnings) {
        Pending {
            warnings = List.copyOf(warnings);
        }
    }
}
