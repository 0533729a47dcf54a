package io.jmcp.netconf.error;

import java.time.Duration;

/**
 * An operation (connect, hello or RPC) did not complete within its time limit. After an RPC timed
 * out its outcome is unknown (a late reply is dropped), so the session counts as lost.
 */
public class NetconfTimeoutException extends SessionLostException {
    private final Duration timeout;

    public NetconfTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
