package io.jmcp.core.pool;

import java.time.Duration;

/**
 * Limits of a {@link SessionPool}.
 *
 * @param maxSessionsPerDevice sessions open to one device at most; more callers wait
 * @param maxSessions          sessions open in total at most; idle ones are closed to make room
 * @param idleTimeout          an unused session is closed after this long
 * @param connectTimeout       time limit of opening a session (TCP, SSH, NETCONF hello)
 * @param pooling              false: every call opens and closes its own session (as the seed did)
 */
public record PoolSettings(int maxSessionsPerDevice, int maxSessions, Duration idleTimeout,
        Duration connectTimeout, boolean pooling) {

    public static final int DEFAULT_MAX_SESSIONS_PER_DEVICE = 2;
    public static final int DEFAULT_MAX_SESSIONS = 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(300);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    public PoolSettings {
        if (maxSessionsPerDevice < 1) {
            throw new IllegalArgumentException("maxSessionsPerDevice must be at least 1, got " + maxSessionsPerDevice);
        }
        if (maxSessions < maxSessionsPerDevice) {
            throw new IllegalArgumentException("maxSessions (" + maxSessions
                    + ") must be at least maxSessionsPerDevice (" + maxSessionsPerDevice + ")");
        }
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(connectTimeout, "connectTimeout");
    }

    public static PoolSettings defaults() {
        return new PoolSettings(DEFAULT_MAX_SESSIONS_PER_DEVICE, DEFAULT_MAX_SESSIONS, DEFAULT_IDLE_TIMEOUT,
                DEFAULT_CONNECT_TIMEOUT, true);
    }

    public PoolSettings withLimits(int perDevice, int total) {
        return new PoolSettings(perDevice, total, idleTimeout, connectTimeout, pooling);
    }

    public PoolSettings withIdleTimeout(Duration timeout) {
        return new PoolSettings(maxSessionsPerDevice, maxSessions, timeout, connectTimeout, pooling);
    }

    public PoolSettings withConnectTimeout(Duration timeout) {
        return new PoolSettings(maxSessionsPerDevice, maxSessions, idleTimeout, timeout, pooling);
    }

    public PoolSettings withPooling(boolean enabled) {
        return new PoolSettings(maxSessionsPerDevice, maxSessions, idleTimeout, connectTimeout, enabled);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
