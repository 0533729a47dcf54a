package io.jmcp.core.pool;

import java.time.Duration;

/**
 * How jmcp makes configuration changes, whatever the tool.
 *
 * @param queueWait         how long a change waits for its turn on a router (behind jmcp's own
 *                          changes, then behind a lock held outside jmcp) before it is refused
 * @param safeCommitMinutes a commit is a {@code commit confirmed} of this many minutes, confirmed
 *                          only once a new NETCONF session proved the router still answers; 0 commits
 *                          plainly, with no proof
 */
public record ChangeSettings(Duration queueWait, int safeCommitMinutes) {
    public static final int DEFAULT_QUEUE_WAIT_SECONDS = 60;
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(DEFAULT_QUEUE_WAIT_SECONDS);
    /** Long enough for the proof on a slow router, short enough that a router cut off comes back soon. */
    public static final int DEFAULT_SAFE_COMMIT_MINUTES = 2;
    /** What Junos accepts as a {@code confirm-timeout}. */
    public static final int MAX_SAFE_COMMIT_MINUTES = 65_535;

    public ChangeSettings {
        if (queueWait == null || queueWait.isNegative() || queueWait.isZero()) {
            throw new IllegalArgumentException("the change queue wait must be positive, got " + queueWait);
        }
        if (safeCommitMinutes < 0 || safeCommitMinutes > MAX_SAFE_COMMIT_MINUTES) {
            throw new IllegalArgumentException("safe commit minutes must be 0 (off) to " + MAX_SAFE_COMMIT_MINUTES
                    + ", got " + safeCommitMinutes);
        }
    }

    public static ChangeSettings defaults() {
        return new ChangeSettings(DEFAULT_QUEUE_WAIT, DEFAULT_SAFE_COMMIT_MINUTES);
    }

    public ChangeSettings withQueueWait(Duration wait) {
        return new ChangeSettings(wait, safeCommitMinutes);
    }

    public ChangeSettings withSafeCommitMinutes(int minutes) {
        return new ChangeSettings(queueWait, minutes);
    }
}
