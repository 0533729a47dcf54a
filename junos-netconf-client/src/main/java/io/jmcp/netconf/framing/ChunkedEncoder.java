package io.jmcp.netconf.framing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a message as one chunk then end-of-chunks: {@code \n#<size>\n<message>\n##\n}. A Java
 * array never exceeds RFC 6242's largest chunk (4294967295 bytes), so one chunk always fits, and
 * the body is written straight from the caller's array.
 */
final class ChunkedEncoder implements MessageEncoder {
    private static final byte[] END_OF_CHUNKS = "\n##\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void encode(byte[] message, OutputStream out) throws IOException {
        if (message.length == 0) {
            throw new IllegalArgumentException("an empty NETCONF message cannot be framed: chunk sizes start at 1");
        }
        out.write(("\n#" + message.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(message);
        out.write(END_OF_CHUNKS);
        out.flush();
    }
}
