package io.jmcp.netconf.error;

/**
 * The session can no longer be trusted with RPCs: the connection could not be opened or was lost
 * ({@link TransportException}), or an operation went unanswered within its time limit ({@link
 * NetconfTimeoutException}), leaving its outcome on the device unknown. This is the library's one
 * "session is gone" rule: send nothing more on that session (closing it is what makes Junos
 * discard its uncommitted changes and release its lock) and open a new one.
 */
public class SessionLostException extends NetconfException {
    public SessionLostException(String message) {
        super(message);
    }

    public SessionLostException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether {@code failure}, or a failure it wraps (an application's own exception, a completion's),
     * is the session lost: the test for "send nothing more on that session" wherever the failure
     * arrives wrapped.
     */
    public static boolean isCauseOf(Throwable failure) {
        // Bounded: a cause chain may loop back on itself.
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof SessionLostException) {
                return true;
            }
        }
        return false;
    }
}
