package io.jmcp.tools;

import io.jmcp.core.pool.ChangeSettings;
import io.jmcp.core.pool.ReachabilityProof;
import io.jmcp.core.pool.RouterChangeQueue;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.error.NetconfException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One change applied to many routers all or nothing ({@code atomic: true}), as network-wide
 * transactions in Cisco NSO, built on Junos's {@code commit confirmed}:
 * <ol>
 *   <li>prepare: each router's turn in jmcp's change queue (all routers', taken in name order), then on
 *       every router lock, load, diff, guardrails and commit check ({@link ConfigChange#prepare});
 *       any failure discards and unlocks everywhere, and nothing is committed;</li>
 *   <li>with {@code --approve-changes}, every router's diff in one form ({@link ChangeApproval});</li>
 *   <li>commit confirmed on every router with a diff;</li>
 *   <li>the {@link ReachabilityProof} on every such router: a new NETCONF session that runs a read RPC;</li>
 *   <li>the confirming commit on every such router (left to the caller's confirm_commit when the
 *       caller chose {@code confirmed_minutes}).</li>
 * </ol>
 * When a router fails in phase 2, 3 or 4, every router whose commit took effect is rolled back
 * (the configuration before the transaction's commit, loaded and committed); where even that fails,
 * the unconfirmed commit rolls back by itself. Every commit comment carries the transaction's mark,
 * which is how a rollback finds the commit, and how a person finds the routers of one transaction.
 * Each phase works on at most {@link ToolContext#batchConcurrency()} routers at once, and the client
 * hears of every router in every phase (MCP progress).
 */
final class NetworkTransaction {
    private final ConfigChange change;

    NetworkTransaction(ConfigChange change) {
        this.change = change;
    }

    /**
     * The transaction a tool's {@code atomic: true} asks for, on the routers named by {@code argument}.
     *
     * @throws io.jmcp.core.spi.ToolException naming every unknown or repeated router (nothing contacted)
     */
    static TransactionResult apply(ToolContext context, String argument, List<String> routers, ConfigChange change,
            Duration timeout) {
        RouterNames.requireKnownAndDistinct(argument, routers, context.devices());
        context.log().info((change.options().dryRun() ? "Checking" : "Committing") + " the change on "
                + routers.size() + " router(s) as one transaction");
        return new NetworkTransaction(change).run(context, routers, timeout);
    }

    /**
     * Runs the transaction; router failures are outcomes, not exceptions.
     *
     * @throws io.jmcp.core.guard.BlockedException            when block.cfg refuses the payload (nothing contacted)
     * @throws io.jmcp.core.spi.ElicitationUnsupportedException when approval is required and cannot be asked
     */
    TransactionResult run(ToolContext context, List<String> routers, Duration timeout) {
        change.precheck(context.guardrails());
        ChangeApproval approval = ChangeApproval.of(context);
        if (!change.options().dryRun()) {
            approval.requireAskable(context);
        }
        Duration queueWait = ServerParts.pool(context).changeSettings().queueWait();
        try (RouterChangeQueue.Turn turn = ServerParts.pool(context).changeQueue().enterAll(routers, queueWait)) {
            Run run = new Run(context, routers, timeout, approval);
            try {
                return run.execute(queueWait);
            } finally {
                run.releaseAll();
            }
        }
    }

    /** The state of one run. */
    private final class Run {
        private final ToolContext context;
        private final List<String> routers;
        private final Duration timeout;
        private final ChangeApproval approval;
        private final String id = TransactionMark.newId();
        private final CommitOptions options;
        private final Map<String, HeldSession> sessions = new LinkedHashMap<>();
        private final Map<String, RouterOutcome> outcomes = new LinkedHashMap<>();
        private final PhaseRunner phases;

        Run(ToolContext context, List<String> routers, Duration timeout, ChangeApproval approval) {
            this.context = context;
            this.routers = routers;
            this.timeout = timeout;
            this.approval = approval;
            this.options = change.options();
            this.phases = new PhaseRunner(context, routers.size());
            routers.forEach(router -> outcomes.put(router, new RouterOutcome(router, ChangeStatus.NOT_COMMITTED,
                    "", List.of(), "Nothing was committed.")));
        }

        /** @param lockWait how long each router's lock may be waited for, when held outside jmcp */
        TransactionResult execute(Duration lockWait) {
            routers.forEach(router -> sessions.put(router, HeldSession.start(context, LockWait.startingNow(router,
                    lockWait), timeout)));
            Map<String, PhaseRunner.Attempt<ConfigChange.Prepared>> prepared = phases.run(TransactionPhase.PREPARE,
                    routers, router -> sessions.get(router).run(edit -> change.prepare(context, router, edit,
                            stage -> { })));
            prepared.forEach(this::recordPreparation);
            List<String> failed = failedIn(prepared);
            if (!failed.isEmpty() || context.isCancelled()) {
                return abort(TransactionPhase.PREPARE, failed.isEmpty() ? "the call was cancelled"
                        : describeFailures(failed));
            }
            List<String> changed = routers.stream().filter(router -> !outcomes.get(router).diff().isEmpty()).toList();
            if (options.dryRun() || changed.isEmpty()) {
                return unchangedEverywhere(changed);
            }
            routers.stream().filter(router -> !changed.contains(router)).forEach(router -> sessions.get(router).release());
            Map<String, String> diffs = new LinkedHashMap<>();
            changed.forEach(router -> diffs.put(router, outcomes.get(router).diff()));
            try {
                approval.obtain(context, options.comment(), diffs);
            } catch (ChangeApproval.Refused refused) {
                return abort(TransactionPhase.APPROVAL, refused.getMessage());
            }
            return commit(changed);
        }

        private TransactionResult commit(List<String> changed) {
            String comment = TransactionMark.comment(options.comment(), id);
            int minutes = confirmWithinMinutes();
            phases.plan(changed.size() * (options.confirmed() ? 2 : 3));
            List<String> failed = failedIn(phases.run(TransactionPhase.COMMIT, changed,
                    router -> sessions.get(router).run(edit -> edit.commit(CommitOptions.confirmedCommit(comment,
                            minutes)))));
            if (!failed.isEmpty() || context.isCancelled()) {
                return rollBack(TransactionPhase.COMMIT, changed, failed);
            }
            changed.forEach(router -> context.audit().commit(router, outcomes.get(router).diff(), comment));
            failed = failedIn(phases.run(TransactionPhase.PROVE, changed, router -> sessions.get(router).run(edit -> {
                ReachabilityProof.Result proof = ServerParts.pool(context).reachabilityProof().prove(router, timeout);
                if (!proof.reached()) {
                    throw new ToolException("Reachability proof failed: " + proof.describe() + ".");
                }
                return null;
            })));
            if (!failed.isEmpty() || context.isCancelled()) {
                return rollBack(TransactionPhase.PROVE, changed, failed);
            }
            if (!options.confirmed()) {
                failed = failedIn(phases.run(TransactionPhase.CONFIRM, changed,
                        router -> sessions.get(router).run(edit -> edit.commit(
                                io.jmcp.netconf.CommitOptions.comment(comment)))));
                if (!failed.isEmpty()) {
                    return rollBack(TransactionPhase.CONFIRM, changed, failed);
                }
            }
            changed.forEach(router -> settle(router, ChangeStatus.COMMITTED, committedMessage()));
            return result(true, null, "The change was committed on all " + changed.size() + " router(s) with a "
                    + "diff" + (options.confirmed() ? ", as a commit confirmed: each router rolls back in "
                    + options.confirmedMinutes() + " minute(s) unless confirm_commit is called for it" : "") + ".");
        }

        private String committedMessage() {
            return options.confirmed() ? "Committed (commit confirmed): call confirm_commit before "
                    + options.confirmedMinutes() + " minute(s) are up, or it rolls back."
                    : "Committed, proven reachable and confirmed.";
        }

        private void recordPreparation(String router, PhaseRunner.Attempt<ConfigChange.Prepared> attempt) {
            if (attempt.failed()) {
                settle(router, ChangeStatus.FAILED, attempt.failure() + " (failed in "
                        + TransactionPhase.PREPARE.label() + ": " + TransactionPhase.PREPARE.work() + ")");
                return;
            }
            ConfigChange.Prepared prepared = attempt.value();
            outcomes.put(router, new RouterOutcome(router, ChangeStatus.NOT_COMMITTED, prepared.diff(),
                    prepared.warnings(), "Nothing was committed."));
        }

        /** Nothing to commit: a dry run, or no router had a diff. */
        private TransactionResult unchangedEverywhere(List<String> changed) {
            for (String router : routers) {
                boolean hasDiff = changed.contains(router);
                settle(router, hasDiff ? ChangeStatus.CHECKED : ChangeStatus.NO_CHANGES, hasDiff
                        ? "The commit check passed; nothing was committed and the change was discarded."
                        : "No configuration changes: nothing to commit.");
            }
            return result(true, null, options.dryRun() ? "Dry run: every router passed phase 1 (lock, load, diff, "
                    + "commit check); nothing was committed." : "No router's configuration changes: nothing was "
                    + "committed.");
        }

        /** Phase 1 or the approval failed: nothing was committed anywhere. */
        private TransactionResult abort(TransactionPhase phase, String reason) {
            String because = "Not committed: the transaction stopped at " + phase.label() + " (" + reason + ").";
            routers.stream().filter(router -> outcomes.get(router).status() != ChangeStatus.FAILED)
                    .forEach(router -> settle(router, ChangeStatus.NOT_COMMITTED, because
                            + " The candidate was discarded and unlocked."));
            String what = phase == TransactionPhase.APPROVAL ? reason : phase.work() + " failed (" + reason + ")";
            return result(false, phase, "Nothing was committed on any router: " + what + ". Every router's candidate "
                    + "was discarded and unlocked.");
        }

        /** A router failed after phase 1: every commit that took effect is undone. */
        private TransactionResult rollBack(TransactionPhase phase, List<String> changed, List<String> failed) {
            String reason = failed.isEmpty() ? "the call was cancelled" : describeFailures(failed);
            Map<String, PhaseRunner.Attempt<OptionalInt>> undone = phases.run(TransactionPhase.ROLLBACK, changed,
                    router -> undo(router, "jmcp transaction " + id + " rolled back: " + phase.work() + " failed"));
            boolean everyUndone = true;
            for (String router : changed) {
                PhaseRunner.Attempt<OptionalInt> undo = undone.get(router);
                boolean culprit = failed.contains(router);
                String own = culprit ? outcomes.get(router).message() + " " : "";
                if (undo.failed()) {
                    everyUndone = false;
                    settle(router, ChangeStatus.ROLLBACK_FAILED, own + "Could not be rolled back ("
                            + undo.failure() + ")" + selfRollback(phase) + ".");
                } else if (undo.value().isPresent()) {
                    settle(router, culprit ? ChangeStatus.FAILED : ChangeStatus.ROLLED_BACK, own
                            + "Its commit was rolled back (rollback " + undo.value().getAsInt() + " committed).");
                } else {
                    settle(router, culprit ? ChangeStatus.FAILED : ChangeStatus.NOT_COMMITTED, own
                            + "Its commit did not take effect; nothing to roll back.");
                }
            }
            return result(false, phase, "The transaction failed at " + phase.label() + " (" + reason + "). "
                    + (everyUndone ? "Every router that had committed was rolled back: no router is changed."
                    : "Some routers could not be rolled back; see each router's status."));
        }

        private String selfRollback(TransactionPhase phase) {
            return phase == TransactionPhase.CONFIRM ? ": check it with junos_config_diff"
                    : ": its commit confirmed rolls it back by itself within " + confirmWithinMinutes() + " minute(s)";
        }

        /**
         * The rollback deadline of phase 2: the caller's confirmed_minutes, else the server's safe commit
         * minutes; a transaction always commits confirmed, even where single changes do not.
         */
        private int confirmWithinMinutes() {
            if (options.confirmed()) {
                return options.confirmedMinutes();
            }
            int safeCommit = ServerParts.pool(context).changeSettings().safeCommitMinutes();
            return safeCommit > 0 ? safeCommit : ChangeSettings.DEFAULT_SAFE_COMMIT_MINUTES;
        }

        /** On the held session while it lasts; on a new one when it was lost (the commit's fate unknown). */
        private CompletableFuture<OptionalInt> undo(String router, String comment) {
            String mark = TransactionMark.of(id);
            HeldSession held = sessions.get(router);
            if (!held.isEnded()) {
                return held.run(edit -> TransactionRollback.undo(edit, mark, comment));
            }
            return CompletableFuture.supplyAsync(() -> onNewSession(router,
                    edit -> TransactionRollback.undo(edit, mark, comment)), phases.executor());
        }

        private <T> T onNewSession(String router, Function<CandidateEdit, T> work) {
            return context.onDevice(router, Purpose.WRITE, timeout, device -> LockWait.startingNow(router,
                    ServerParts.pool(context).changeSettings().queueWait()).editCandidate(device, work));
        }

        private void settle(String router, ChangeStatus status, String message) {
            outcomes.put(router, outcomes.get(router).with(status, message));
        }

        private List<String> failedIn(Map<String, ? extends PhaseRunner.Attempt<?>> attempts) {
            List<String> failed = new ArrayList<>();
            attempts.forEach((router, attempt) -> {
                if (attempt.failed()) {
                    failed.add(router);
                    if (outcomes.get(router).status() != ChangeStatus.FAILED) {
                        settle(router, ChangeStatus.FAILED, attempt.failure());
                    }
                }
            });
            return failed;
        }

        private String describeFailures(List<String> failed) {
            String first = outcomes.get(failed.get(0)).message();
            return failed.size() == 1 ? first : first + "; and " + (failed.size() - 1) + " more router(s)";
        }

        private TransactionResult result(boolean succeeded, TransactionPhase failedPhase, String message) {
            return new TransactionResult(id, succeeded, failedPhase, options, message, List.copyOf(outcomes.values()));
        }

        /** Discards and unlocks what is still held; waits for every session to be back in the pool. */
        void releaseAll() {
            List<CompletableFuture<Void>> released = sessions.values().stream().map(HeldSession::release).toList();
            released.forEach(done -> done.exceptionally(lost -> null).join());
            phases.close();
        }
    }

    /** The message of a router's failure, without a stack trace or class name for anything expected. */
    static String describe(String router, Throwable failure) {
        if (failure instanceof NetconfException netconf) {
            return DeviceException.describe(router, netconf);
        }
        return failure instanceof RuntimeException unchecked ? RouterFailures.describe(router, unchecked)
                : "Internal error on router '" + router + "'; the server log has the details";
    }
}
