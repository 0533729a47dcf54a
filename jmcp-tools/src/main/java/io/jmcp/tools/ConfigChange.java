package io.jmcp.tools;

import io.jmcp.core.pool.ReachabilityProof;
import io.jmcp.core.pool.RouterChangeQueue;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.GuardChecks;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.SessionLostException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way jmcp changes a router's configuration (load_and_commit_config, rollback_config,
 * render_and_apply_j2_template):
 * <ol>
 *   <li>block.cfg on the payload, before the router is contacted;</li>
 *   <li>the change's turn on the router: one change at a time, in arrival order
 *       ({@link RouterChangeQueue});</li>
 *   <li>the candidate locked exclusively, waiting for a holder outside jmcp ({@link LockWait#editCandidate});</li>
 *   <li>load, then the diff against the active configuration: no diff, nothing committed;</li>
 *   <li>block.cfg and the lock-out protection on what the candidate would change in the router's
 *       configuration, groups inherited ({@link EffectiveChange});</li>
 *   <li>commit check; a dry run stops here;</li>
 *   <li>with {@code --approve-changes}, the diff shown to the client's user, who must approve it
 *       ({@link ChangeApproval});</li>
 *   <li>commit, with its comment: a safe commit ({@link SafeCommit}: commit confirmed, reachability
 *       proof, confirmation) unless the caller asked for {@code confirmed_minutes} or the server turned
 *       it off; the diff and comment go to the audit log.</li>
 * </ol>
 * On any failure the candidate is discarded and the lock released; the session is never retried
 * ({@link Purpose#WRITE}), since the router may have applied part of the work.
 */
final class ConfigChange {
    private final CandidateLoad load;
    private final CommitOptions options;

    ConfigChange(CandidateLoad load, CommitOptions options) {
        this.load = load;
        this.options = options;
    }

    CommitOptions options() {
        return options;
    }

    /**
     * Refuses, before any router is contacted, what block.cfg blocks in the payload.
     *
     * @throws io.jmcp.core.guard.BlockedException naming the line and the pattern
     */
    void precheck(GuardChecks guardrails) {
        load.precheck(guardrails);
    }

    /**
     * @throws ToolException naming the router, the failure, the step it failed at and what that
     *                       means for the router's configuration; or that the change's turn did not
     *                       come in time ({@link io.jmcp.core.pool.ChangeQueueTimeoutException})
     * @throws io.jmcp.core.guard.BlockedException when block.cfg refuses the payload or the change
     */
    ChangeOutcome applyTo(ToolContext context, String router, Duration timeout) {
        precheck(context.guardrails());
        ChangeApproval approval = ChangeApproval.of(context);
        if (!options.dryRun()) {
            approval.requireAskable(context);
        }
        LockWait wait = LockWait.startingNow(router, ServerParts.pool(context).changeSettings().queueWait());
        try (RouterChangeQueue.Turn turn = ServerParts.pool(context).changeQueue().enter(router, wait.bound())) {
            return applyInTurn(context, wait, timeout, approval);
        }
    }

    private ChangeOutcome applyInTurn(ToolContext context, LockWait wait, Duration timeout, ChangeApproval approval) {
        Progress progress = new Progress();
        try {
            return context.onDevice(wait.router(), Purpose.WRITE, timeout, device -> {
                progress.stage = ChangeStage.LOCK;
                return wait.editCandidate(device, edit -> change(context, wait.router(), edit, timeout, progress,
                        approval));
            });
        } catch (DeviceException failure) {
            throw new ToolException(failure.getMessage() + "\n" + progress.failed(SessionLostException.isCauseOf(failure)),
                    failure);
        } catch (ChangeApproval.Refused refused) {
            throw new ToolException("Nothing was committed on " + wait.router() + " (" + refused.getMessage() + "). "
                    + ChangeStage.CHECK.outcome(false), refused);
        }
    }

    private ChangeOutcome change(ToolContext context, String router, CandidateEdit edit, Duration timeout,
            Progress progress, ChangeApproval approval) {
        Prepared prepared = prepare(context, router, edit, stage -> progress.stage = stage);
        String diff = prepared.diff();
        List<String> warnings = new ArrayList<>(prepared.warnings());
        if (diff.isEmpty()) {
            return ChangeOutcome.noChanges(router, warnings, options);
        }
        if (options.dryRun()) {
            return ChangeOutcome.checked(router, diff, warnings, options);
        }
        approval.obtain(context, options.comment(), Map.of(router, diff));
        progress.stage = ChangeStage.COMMIT;
        SafeCommit safeCommit = SafeCommit.of(context);
        if (!safeCommit.appliesTo(options)) {
            warnings.addAll(described(edit.commit(options.routerCommit()).warnings()));
            context.audit().commit(router, diff, options.comment());
            return ChangeOutcome.committed(router, diff, warnings, options);
        }
        progress.pending = safeCommit.commitConfirmed(edit, options.comment());
        warnings.addAll(described(progress.pending.warnings()));
        context.audit().commit(router, diff, options.comment());
        ReachabilityProof.Result proof = safeCommit.prove(router, timeout);
        if (!proof.reached()) {
            return ChangeOutcome.rollingBack(router, diff, warnings, options, proof.describe(),
                    progress.pending.rollbackAt());
        }
        progress.stage = ChangeStage.CONFIRM;
        warnings.addAll(described(safeCommit.confirm(edit, options.comment())));
        return ChangeOutcome.proven(router, diff, warnings, options, safeCommit.minutes(), proof.describe());
    }

    /**
     * Everything before the commit, on the locked candidate: load, diff, guardrails on the change and,
     * when there is a diff, the commit check. Shared with {@link NetworkTransaction}'s first phase.
     *
     * @param stage told of each step as it starts, for the message of a failure
     */
    Prepared prepare(ToolContext context, String router, CandidateEdit edit, Consumer<ChangeStage> stage) {
        List<String> warnings = new ArrayList<>();
        stage.accept(ChangeStage.LOAD);
        warnings.addAll(described(load.loadInto(edit)));
        stage.accept(ChangeStage.COMPARE);
        String diff = edit.diff().strip();
        if (diff.isEmpty()) {
            return new Prepared(diff, warnings);
        }
        EffectiveChange.check(context, router, edit.device());
        stage.accept(ChangeStage.CHECK);
        warnings.addAll(described(edit.check().warnings()));
        return new Prepared(diff, warnings);
    }

    /**
     * A candidate ready to commit.
     *
     * @param diff     the change in {@code show | compare} form; empty when there is none (and no check ran)
     * @param warnings the router's warnings of the load and the check, each described
     */
    record Prepared(String diff, List<String> warnings) {
        Prepared {
            warnings = List.copyOf(warnings);
        }
    }

    private static List<String> described(List<RpcError> warnings) {
        return warnings.stream().map(RpcError::describe).toList();
    }

    /** How far a change got, for the message of a failure. */
    private static final class Progress {
        volatile ChangeStage stage = ChangeStage.CONNECT;
        /** The safe commit's commit confirmed, once made. */
        volatile SafeCommit.Pending pending;

        String failed(boolean sessionLost) {
            String failed = stage.failed(sessionLost);
            return stage == ChangeStage.CONFIRM
                    ? failed + " That is at " + ChangeOutcome.rollbackTime(pending.rollbackAt()) + "." : failed;
        }
    }
}
