package io.jmcp.simulator.internal.device;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.config.ConfigWarning;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.config.PlatformFamily;
import io.jmcp.netconf.config.SchemaViolation;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration database of one device, with Junos semantics: one shared candidate for all
 * sessions (unless a session went {@code private}), an exclusive lock, commits that push the
 * committed configuration onto a 50-deep rollback history, and {@code commit confirmed} that rolls
 * back by itself unless confirmed in time. Everything is parsed on first use, so an idle device
 * holds only its spec. Thread-safe: every operation runs under the store's monitor.
 */
public final class ConfigurationStore {
    public static final int HISTORY_DEPTH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationStore.class);

    private final DeviceSpec spec;
    private final DeviceFaults faults;
    private final Clock clock;
    private final Instant bootTime;
    private final ScheduledExecutorService timers;

    private Deque<CommitRecord> history;
    /** Null while the shared candidate is the committed configuration, unchanged. */
    private Configuration sharedCandidate;
    private ConfigSession exclusiveHolder;
    private PendingConfirmation pendingConfirmation;

    public ConfigurationStore(DeviceSpec spec, DeviceFaults faults, Clock clock, Instant bootTime,
                              ScheduledExecutorService timers) {
        this.spec = spec;
        this.faults = faults;
        this.clock = clock;
        this.bootTime = bootTime;
        this.timers = timers;
    }

    /** Parses the boot configuration now rather than on first use; fails on a bad spec. */
    public synchronized void boot() {
        if (history == null) {
            Configuration initial = Configuration.parse(spec.initialConfiguration(), spec.initialConfigurationFormat());
            history = new ArrayDeque<>();
            history.push(new CommitRecord(bootTime, "root", "other", null, null, initial));
        }
    }

    public ConfigSession openSession(int sessionId, String user) {
        return new ConfigSession(sessionId, user, clock.instant());
    }

    public synchronized Configuration committed() {
        return lastCommit().configuration();
    }

    public synchronized CommitRecord lastCommit() {
        return historyDeque().peekFirst();
    }

    /** Rollback {@code n} (0 is the active configuration), if the history is that deep. */
    public synchronized Optional<CommitRecord> rollback(int n) {
        List<CommitRecord> records = history();
        return n < 0 || n >= records.size() ? Optional.empty() : Optional.of(records.get(n));
    }

    /** Newest first. */
    public synchronized List<CommitRecord> history() {
        return List.copyOf(historyDeque());
    }

    /** The candidate this session reads and edits: its private one, or the shared one. */
    public synchronized Configuration candidate(ConfigSession session) {
        return session.isPrivate() ? session.privateCandidate() : sharedCandidateOrCommitted();
    }

    /** @return what Junos would warn about (e.g. deleting a statement that is not there) */
    public synchronized List<ConfigWarning> load(ConfigSession session, LoadAction action, String payload,
                                                 ConfigFormat format) {
        requireWritable(session);
        Configuration before = candidate(session);
        Configuration loaded = before.load(action, payload, format);
        refuseSchemaViolations(before, loaded);
        setCandidate(session, loaded);
        return loaded.warnings();
    }

    /**
     * Refuses the load, as Junos does, when it brings statements the device's schema does not
     * have ({@code syntax error}) or values its patterns refuse. Only what the load adds counts:
     * what the candidate already held was accepted before.
     */
    private void refuseSchemaViolations(Configuration before, Configuration loaded) {
        PlatformFamily family = PlatformFamily.ofModel(spec.model());
        List<SchemaViolation> added = new ArrayList<>(loaded.schemaViolations(family));
        added.removeAll(before.schemaViolations(family));
        if (!added.isEmpty()) {
            throw new RpcException(added.stream().map(JunosError::schemaViolation).toList());
        }
    }

    public synchronized void loadRollback(ConfigSession session, int n) {
        requireWritable(session);
        CommitRecord record = rollback(n).orElseThrow(() -> new RpcException(JunosError.invalidValue(
                "rollback " + n + " does not exist (the history holds " + historyDeque().size() + " configurations)")));
        setCandidate(session, record.configuration());
    }

    public synchronized void discardChanges(ConfigSession session) {
        if (session.isPrivate()) {
            session.openPrivate(committed());
            return;
        }
        requireWritable(session);
        sharedCandidate = null;
    }

    /** Fails like Junos's commit check would; succeeds unless a commit-check fault is set. */
    public synchronized void commitCheck(ConfigSession session) {
        requireWritable(session);
        checkCandidate();
    }

    /**
     * Commits this session's candidate. A plain commit also confirms a pending
     * {@code commit confirmed}.
     *
     * @param confirmMinutes non-null for {@code commit confirmed}: roll back unless confirmed in time
     */
    public synchronized CommitRecord commit(ConfigSession session, String comment, Integer confirmMinutes) {
        requireWritable(session);
        if (session.isPrivate() && confirmMinutes != null) {
            throw new RpcException(JunosError.operationFailed("'commit confirmed' is not allowed in private mode"));
        }
        if (session.isPrivate() && !session.privateBase().equals(committed())) {
            throw new RpcException(JunosError.operationFailed(
                    "configuration database modified: the committed configuration changed since configure private;"
                            + " discard changes and start again"));
        }
        checkCandidate();
        Configuration previous = committed();
        CommitRecord record = new CommitRecord(clock.instant(), session.user(), "netconf", comment, confirmMinutes,
                candidate(session));
        push(record);
        if (session.isPrivate()) {
            session.openPrivate(record.configuration());
        } else {
            sharedCandidate = null;
        }
        cancelPendingConfirmation();
        if (confirmMinutes != null) {
            scheduleRollback(previous, confirmMinutes);
        }
        return record;
    }

    /** Whether a {@code commit confirmed} awaits confirmation. */
    public synchronized boolean awaitingConfirmation() {
        return pendingConfirmation != null;
    }

    public synchronized void lock(ConfigSession session) {
        if (exclusiveHolder != null) {
            throw lockedBy(exclusiveHolder);
        }
        if (isSharedCandidateModified()) {
            // Uncommitted changes belong to no lock holder: RFC 6241 reports session-id 0 then.
            throw new RpcException(JunosError.lockDenied("configuration database modified", 0));
        }
        exclusiveHolder = session;
    }

    public synchronized void unlock(ConfigSession session) {
        if (exclusiveHolder != session) {
            throw new RpcException(JunosError.operationFailed(exclusiveHolder == null
                    ? "configuration database is not locked"
                    : "configuration database locked by another session"));
        }
        exclusiveHolder = null;
    }

    public synchronized void openPrivate(ConfigSession session) {
        if (exclusiveHolder != null && exclusiveHolder != session) {
            throw lockedBy(exclusiveHolder);
        }
        if (isSharedCandidateModified()) {
            throw new RpcException(JunosError.operationFailed("shared configuration database modified"));
        }
        if (!session.isPrivate()) {
            session.openPrivate(committed());
        }
    }

    public synchronized void closePrivate(ConfigSession session) {
        session.closePrivate();
    }

    /** A session ended: its lock is released and, as Junos does for an exclusive session, its changes discarded. */
    public synchronized void sessionClosed(ConfigSession session) {
        session.closePrivate();
        if (exclusiveHolder == session) {
            exclusiveHolder = null;
            sharedCandidate = null;
        }
    }

    /** Cancels timers; the device is going away. */
    public synchronized void shutdown() {
        cancelPendingConfirmation();
    }

    private void requireWritable(ConfigSession session) {
        if (!session.isPrivate() && exclusiveHolder != null && exclusiveHolder != session) {
            throw lockedBy(exclusiveHolder);
        }
    }

    private void checkCandidate() {
        faults.commitCheckFailure().ifPresent(message -> {
            throw new RpcException(List.of(
                    JunosError.operationFailed("[edit]", message),
                    JunosError.operationFailed("configuration check-out failed")));
        });
    }

    private void setCandidate(ConfigSession session, Configuration candidate) {
        if (session.isPrivate()) {
            session.updatePrivate(candidate);
        } else {
            sharedCandidate = candidate;
        }
    }

    private boolean isSharedCandidateModified() {
        return sharedCandidate != null && !sharedCandidate.equals(committed());
    }

    private Configuration sharedCandidateOrCommitted() {
        return sharedCandidate != null ? sharedCandidate : committed();
    }

    private RpcException lockedBy(ConfigSession holder) {
        return new RpcException(JunosError.lockDenied("configuration database locked by:\n  " + holder.user()
                + " terminal p0 (pid " + holder.sessionId() + ") on since " + JunosTime.format(holder.since())
                + "\n      exclusive [edit]", holder.sessionId()));
    }

    private void push(CommitRecord record) {
        Deque<CommitRecord> records = historyDeque();
        records.push(record);
        while (records.size() > HISTORY_DEPTH) {
            records.removeLast();
        }
    }

    private void scheduleRollback(Configuration previous, int minutes) {
        Duration delay = spec.timerMinute().multipliedBy(minutes);
        ScheduledFuture<?> timer = timers.schedule(() -> rollbackUnconfirmed(previous), delay.toNanos(),
                TimeUnit.NANOSECONDS);
        pendingConfirmation = new PendingConfirmation(timer, previous);
    }

    private synchronized void rollbackUnconfirmed(Configuration previous) {
        if (pendingConfirmation == null || pendingConfirmation.previous() != previous) {
            return;
        }
        pendingConfirmation = null;
        LOG.info("device {}: commit confirmed was not confirmed in time, rolling back", spec.name());
        push(new CommitRecord(clock.instant(), "root", "other", null, null, previous));
    }

    private void cancelPendingConfirmation() {
        if (pendingConfirmation != null) {
            pendingConfirmation.timer().cancel(false);
            pendingConfirmation = null;
        }
    }

    private Deque<CommitRecord> historyDeque() {
        boot();
        return history;
    }

    private record PendingConfirmation(ScheduledFuture<?> timer, Configuration previous) {
    }
}
