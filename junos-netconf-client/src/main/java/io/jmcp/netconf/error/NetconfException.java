package io.jmcp.netconf.error;

/**
 * Base of every failure this library reports. Unchecked, so that callers which cannot recover
 * (most tool handlers) need not declare it, while callers that can catch the precise subtype.
 */
public class NetconfException extends RuntimeException {
    public NetconfException(String message) {
        super(message);
    }

    public NetconfException(String message, Throwable cause) {
        super(message, cause);
    }
}
