package io.jmcp.simulator.internal.device;

import io.jmcp.simulator.Faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fault switches of one device. Reads are lock-free (volatile); stalled replies park a
 * resume action here until released.
 */
public final class DeviceFaults implements Faults {
    private volatile Duration latency = Duration.ZERO;
    private volatile long stallAfterBytes = -1;
    private volatile long dropAfterBytes = -1;
    private volatile boolean malformedReplies;
    private volatile boolean refuseAuthentication;
    private volatile String commitCheckFailure;
    private final AtomicBoolean dropConnectionOnNextCommit = new AtomicBoolean();
    private final List<Runnable> stalled = new ArrayList<>();

    @Override
    public Faults latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, got " + delay);
        }
        this.latency = delay;
        return this;
    }

    @Override
    public Faults stallRepliesAfter(long bytes) {
        this.stallAfterBytes = requireNonNegative(bytes);
        return this;
    }

    @Override
    public Faults releaseStalledReplies() {
        List<Runnable> resumes;
        synchronized (stalled) {
            stallAfterBytes = -1;
            resumes = List.copyOf(stalled);
            stalled.clear();
        }
        resumes.forEach(Runnable::run);
        return this;
    }

    @Override
    public Faults dropConnectionAfter(long bytes) {
        this.dropAfterBytes = requireNonNegative(bytes);
        return this;
    }

    @Override
    public Faults malformedReplies(boolean enabled) {
        this.malformedReplies = enabled;
        return this;
    }

    @Override
    public Faults refuseAuthentication(boolean enabled) {
        this.refuseAuthentication = enabled;
        return this;
    }

    @Override
    public Faults failCommitCheck(String message) {
        this.commitCheckFailure = Objects.requireNonNull(message, "message");
        return this;
    }

    @Override
    public Faults dropConnectionOnNextCommit() {
        dropConnectionOnNextCommit.set(true);
        return this;
    }

    @Override
    public Faults clear() {
        latency = Duration.ZERO;
        dropAfterBytes = -1;
        malformedReplies = false;
        refuseAuthentication = false;
        commitCheckFailure = null;
        dropConnectionOnNextCommit.set(false);
        return releaseStalledReplies();
    }

    @Override
    public Duration latency() {
        return latency;
    }

    @Override
    public Optional<Long> stallAfterBytes() {
        long bytes = stallAfterBytes;
        return bytes < 0 ? Optional.empty() : Optional.of(bytes);
    }

    @Override
    public Optional<Long> dropAfterBytes() {
        long bytes = dropAfterBytes;
        return bytes < 0 ? Optional.empty() : Optional.of(bytes);
    }

    @Override
    public boolean malformedReplies() {
        return malformedReplies;
    }

    @Override
    public boolean refusesAuthentication() {
        return refuseAuthentication;
    }

    @Override
    public Optional<String> commitCheckFailure() {
        return Optional.ofNullable(commitCheckFailure);
    }

    @Override
    public boolean dropsConnectionOnNextCommit() {
        return dropConnectionOnNextCommit.get();
    }

    /** Whether this commit's connection is to be dropped; the fault is then used up. */
    public boolean takeCommitDrop() {
        return dropConnectionOnNextCommit.getAndSet(false);
    }

    /**
     * Parks the rest of a stalled reply until {@link #releaseStalledReplies()}. Runs it at once
     * when stalling was switched off in the meantime.
     */
    public void parkStalledReply(Runnable resume) {
        synchronized (stalled) {
            if (stallAfterBytes >= 0) {
                stalled.add(resume);
                return;
            }
        }
        resume.run();
    }

    /** Forgets a parked reply whose session has closed. */
    public void forgetStalledReply(Runnable resume) {
        synchronized (stalled) {
            stalled.remove(resume);
        }
    }

    private static long requireNonNegative(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("byte count must not be negative, got " + bytes);
        }
        return bytes;
    }
}
