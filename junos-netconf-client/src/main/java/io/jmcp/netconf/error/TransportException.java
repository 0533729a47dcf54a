package io.jmcp.netconf.error;

/**
 * The connection to the device failed or was lost: unreachable host, refused port, the device
 * closing mid-reply. The session that raised it is no longer usable; open a new one.
 */
public class TransportException extends SessionLostException {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
