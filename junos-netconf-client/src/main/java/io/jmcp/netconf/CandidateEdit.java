package io.jmcp.netconf;

import io.jmcp.netconf.error.CommitException;
import io.jmcp.netconf.error.LoadException;
import io.jmcp.netconf.error.LockDeniedException;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.SessionLostException;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One change to a device's candidate configuration, as a transaction: opened locked (or private),
 * loaded, compared, checked, committed, and always left clean. Not thread-safe: one caller drives
 * an edit.
 *
 * <pre>{@code
 * try (CandidateEdit edit = device.editCandidate(EditMode.EXCLUSIVE)) {
 *     edit.load("set system host-name r1", ConfigFormat.SET, LoadAction.SET);
 *     System.out.println(edit.diff());
 *     edit.check();
 *     edit.commit(CommitOptions.builder().comment("rename").confirmedMinutes(5).build());
 *     edit.confirm();
 * }   // discards whatever is left uncommitted and releases the lock
 * }</pre>
 *
 * <p>{@link #close()} discards what is uncommitted and unlocks (exclusive) or leaves private mode,
 * which also discards. Once the session is lost ({@link SessionLostException}) nothing more is
 * sent on it: the edit closes the session instead, and the session's end makes Junos discard the
 * changes and release the lock. When the discard or unlock itself fails, the session is closed for
 * the same reason.
 */
public final class CandidateEdit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateEdit.class);

    private final JunosDevice device;
    private final EditMode mode;
    private boolean sessionLost;
    private boolean closed;

    private CandidateEdit(JunosDevice device, EditMode mode) {
        this.device = device;
        this.mode = mode;
    }

    /**
     * Locks the candidate (RFC 6241 {@code <lock>}, the same lock as Junos's {@code
     * lock-configuration}) or opens a private candidate.
     *
     * @throws LockDeniedException when another session holds the lock or the candidate holds
     *     uncommitted changes (exclusive)
     */
    static CandidateEdit open(JunosDevice device, EditMode mode) {
        CandidateEdit edit = new CandidateEdit(device, Objects.requireNonNull(mode, "mode"));
        switch (mode) {
            case EXCLUSIVE -> edit.run(() -> device.requestLock(JunosRequests.LOCK_CANDIDATE));
            case PRIVATE -> edit.run(() -> device.requestLock(JunosRequests.OPEN_PRIVATE));
        }
        return edit;
    }

    public EditMode mode() {
        return mode;
    }

    /** The device this edit is on, for reads during the edit (its commit history, its configuration). */
    public JunosDevice device() {
        return device;
    }

    /**
     * Loads configuration into the candidate.
     *
     * @throws LoadException with every error Junos found in the payload
     */
    public LoadResult load(String payload, ConfigFormat format, LoadAction action) {
        return run(() -> device.loadConfiguration(payload, format, action));
    }

    /** The candidate against the active configuration, as {@code show | compare}; "" when equal. */
    public String diff() {
        return run(device::diff);
    }

    /**
     * Replaces the candidate with rollback {@code n} (0 = the active configuration, up to 49), as
     * PyEZ's {@code cu.rollback(n)}; {@link #commit()} makes it active.
     */
    public void rollback(int n) {
        run(() -> {
            device.loadRollback(n);
            return null;
        });
    }

    /**
     * Validates the candidate ({@code commit check}).
     *
     * @throws CommitException with what Junos found
     */
    public CommitResult check() {
        return commit(CommitOptions.checkOnly());
    }

    /** Commits the candidate. */
    public CommitResult commit() {
        return commit(CommitOptions.DEFAULT);
    }

    /**
     * Commits (or checks) the candidate as {@code options} say.
     *
     * @throws CommitException      with what Junos found; the candidate still holds the change
     * @throws SessionLostException when the session went before the answer: whether the commit took
     *     effect is unknown until the device's commit history is read on a new session
     */
    public CommitResult commit(CommitOptions options) {
        return run(() -> device.commit(options));
    }

    /** Confirms a pending {@code commit confirmed} (a plain commit, as Junos takes it). */
    public CommitResult confirm() {
        return commit();
    }

    /** Whether this edit saw its session lost; then {@link #close()} sends nothing. */
    public boolean isSessionLost() {
        return sessionLost;
    }

    /**
     * Discards what is uncommitted and unlocks (exclusive), or leaves private mode (which discards
     * too). Idempotent; reports no failure: the session is closed when it cannot be left clean.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sessionLost || !device.isAlive()) {
            LOG.debug("the session to {} is lost; closing it makes the device discard and unlock", device);
            device.close();
            return;
        }
        try {
            if (mode == EditMode.EXCLUSIVE) {
                device.discardChanges();
                device.rpc(JunosRequests.UNLOCK_CANDIDATE);
            } else {
                device.rpc(JunosRequests.CLOSE_PRIVATE);
            }
        } catch (NetconfException failure) {
            LOG.warn("could not leave the candidate of {} clean ({}); closing the session, which makes the device"
                    + " discard and unlock", device, failure.getMessage());
            device.close();
        }
    }

    @Override
    public String toString() {
        return "CandidateEdit[" + mode + " on " + device + (closed ? ", closed" : "") + "]";
    }

    private <T> T run(Supplier<T> step) {
        if (closed) {
            throw new IllegalStateException("this candidate edit on " + device + " is closed");
        }
        try {
            return step.get();
        } catch (SessionLostException lost) {
            sessionLost = true;
            throw lost;
        }
    }
}
