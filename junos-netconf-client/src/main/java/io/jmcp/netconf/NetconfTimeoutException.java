package io.jmcp.netconf;

import java.time.Duration;

/** An operation (connect, hello or RPC) did not complete within its time limit. */
public class NetconfTimeoutException extends NetconfException {
    private final Duration timeout;

    public NetconfTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
