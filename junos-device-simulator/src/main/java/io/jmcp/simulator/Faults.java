package io.jmcp.simulator;

import java.time.Duration;
import java.util.Optional;

/**
 * Failures to inject into one simulated device, switchable at any time while it runs. Each
 * setter takes effect for the next RPC reply (or login) of every session of the device; the
 * hello exchange is never faulted, so that a client can always get as far as its first RPC.
 */
public interface Faults {

    /** Every reply waits this long before it is sent ({@link Duration#ZERO} for none). */
    Faults latency(Duration delay);

    /**
     * Every reply is cut after {@code bytes} bytes (of its framed form) and the rest held back
     * until {@link #releaseStalledReplies()} or until the session closes: a device that hangs
     * mid-reply.
     */
    Faults stallRepliesAfter(long bytes);

    /** Sends the held-back rest of every stalled reply and stops stalling new ones. */
    Faults releaseStalledReplies();

    /** Every reply is cut after {@code bytes} bytes and the SSH connection then dropped. */
    Faults dropConnectionAfter(long bytes);

    /** Every reply is framed correctly but its XML is broken (truncated). */
    Faults malformedReplies(boolean enabled);

    /** Every login attempt fails, whatever the credentials. */
    Faults refuseAuthentication(boolean enabled);

    /**
     * Commit check (and therefore every commit) fails with a Junos-shaped error carrying this
     * message, followed by Junos's {@code configuration check-out failed}.
     */
    Faults failCommitCheck(String message);

    /**
     * The next commit (not commit check) is applied, then the SSH connection is dropped instead of
     * the reply: the client cannot tell whether its commit took effect. Later commits are answered.
     */
    Faults dropConnectionOnNextCommit();

    /** Removes every fault and releases stalled replies. */
    Faults clear();

    Duration latency();

    /** The stall threshold in bytes, if stalling is on. */
    Optional<Long> stallAfterBytes();

    Optional<Long> dropAfterBytes();

    boolean malformedReplies();

    boolean refusesAuthentication();

    Optional<String> commitCheckFailure();

    boolean dropsConnectionOnNextCommit();
}
