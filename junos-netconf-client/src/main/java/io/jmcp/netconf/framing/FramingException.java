package io.jmcp.netconf.framing;

import io.jmcp.netconf.error.TransportException;

/**
 * The peer broke NETCONF framing (bad chunk header, over-limit size, stream ended mid-message).
 * The byte stream can no longer be trusted, so the session is over.
 */
public class FramingException extends TransportException {
    public FramingException(String message) {
        super(message);
    }
}
