package io.jmcp.netconf.error;

import java.util.List;
import java.util.OptionalLong;

/**
 * The device refused the configuration lock ({@code lock-denied}): another session holds it, or
 * the shared candidate holds someone's uncommitted changes. Junos names the holder in the message
 * ({@code configuration database locked by: root terminal p0 (pid 1234) on since ...}) and its
 * session-id in error-info; a standard NETCONF server gives the session-id (0 when no NETCONF
 * session holds it).
 */
public class LockDeniedException extends RpcErrorException {
    static final String LOCK_DENIED = "lock-denied";
    private static final String LOCKED_BY = "locked by:";

    private final RpcError refusal;

    LockDeniedException(List<RpcError> errors, RpcError refusal) {
        super(errors);
        this.refusal = refusal;
    }

    /** The refusal as a {@link LockDeniedException} when it is one, else {@code failure} itself. */
    public static RpcErrorException classify(RpcErrorException failure) {
        return failure.errors().stream()
                .filter(error -> LOCK_DENIED.equals(error.tag()))
                .findFirst()
                .<RpcErrorException>map(refusal -> new LockDeniedException(failure.errors(), refusal))
                .orElse(failure);
    }

    /** The device's {@code lock-denied} error, as it worded it. */
    public RpcError refusal() {
        return refusal;
    }

    /**
     * Who holds the lock as the device describes it, e.g. {@code root terminal p0 (pid 1234) on since
     * 2026-12-06 11:00:00 UTC exclusive [edit]}; the device's whole message when it names nobody
     * (e.g. {@code configuration database modified}).
     */
    public String holder() {
        String message = refusal.message() == null ? LOCK_DENIED : refusal.message();
        int lockedBy = message.indexOf(LOCKED_BY);
        String named = lockedBy < 0 ? "" : message.substring(lockedBy + LOCKED_BY.length()).strip();
        return named.isEmpty() ? message : String.join(" ", named.split("\\s+"));
    }

    /**
     * The session-id of the holder (0: no NETCONF session), when the device gave one: RFC 6241
     * defines {@code <session-id>} as the error-info of lock-denied; servers may add more after it
     * (yuma123 adds its error number), which is ignored.
     */
    public OptionalLong holderSessionId() {
        String info = refusal.info();
        String first = info == null ? "" : info.split(",", 2)[0].strip();
        return first.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(first)) : OptionalLong.empty();
    }
}
