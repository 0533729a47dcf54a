package io.jmcp.netconf.error;

/**
 * The device's SSH host key is unknown (under a strict policy) or differs from the one recorded
 * in known_hosts: possibly a man in the middle, possibly a re-installed device. Never retried.
 */
public class HostKeyException extends NetconfException {
    public HostKeyException(String message) {
        super(message);
    }

    public HostKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
