package io.jmcp.core.pool;

/**
 * A snapshot of a {@link SessionPool}.
 *
 * @param open  sessions open or being opened
 * @param idle  open sessions waiting for reuse
 * @param inUse sessions lent out to calls
 */
public record PoolStats(int open, int idle, int inUse) {
}
