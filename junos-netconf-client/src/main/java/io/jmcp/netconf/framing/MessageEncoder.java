package io.jmcp.netconf.framing;

import java.io.IOException;
import java.io.OutputStream;

/** Frames one whole NETCONF message onto a byte stream. Stateless between messages. */
public interface MessageEncoder {

    /** Writes {@code message} (UTF-8 XML) to {@code out}, framed, and flushes. */
    void encode(byte[] message, OutputStream out) throws IOException;
}
