package io.jmcp.core.pool;

/**
 * Carries, out of {@link SessionPool#withSession}, a failure the work raised for a reason of its own
 * (bad input, a refused change), not the session's: the session stays usable and goes back to the
 * pool. The tool context wraps its tools' refusals in it and unwraps them after the pool.
 */
public final class WorkRefusedException extends RuntimeException {

    public WorkRefusedException(RuntimeException refusal) {
        super(refusal.getMessage(), refusal, false, false);
    }

    /** The work's own failure. */
    public RuntimeException refusal() {
        return (RuntimeException) getCause();
    }
}
