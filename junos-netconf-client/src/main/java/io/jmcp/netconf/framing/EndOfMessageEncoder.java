package io.jmcp.netconf.framing;

import io.jmcp.netconf.error.NetconfException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes a message followed by {@code ]]>]]>}. A message that itself contains the delimiter (in
 * a comment or an attribute value, where XML allows it) is refused: the peer would take its tail
 * for a separate message, which would let request content inject RPCs. So is one ending with
 * {@code ]]>}: the delimiter repeats itself after three bytes, so that end and the delimiter's
 * first half would read as the delimiter.
 */
final class EndOfMessageEncoder implements MessageEncoder {

    @Override
    public void encode(byte[] message, OutputStream out) throws IOException {
        if (message.length == 0) {
            throw new IllegalArgumentException("an empty NETCONF message cannot be framed");
        }
        int delimiter = EndOfMessageDelimiter.indexIn(message, 0, message.length);
        if (delimiter >= 0) {
            throw new NetconfException("cannot send this message with end-of-message framing (base:1.0): it contains"
                    + " the delimiter \"]]>]]>\" at byte " + delimiter + ", which would end it early");
        }
        if (endsWithDelimiterHalf(message)) {
            throw new NetconfException("cannot send this message with end-of-message framing (base:1.0): it ends with"
                    + " \"]]>\", which the peer would read with the delimiter as an early end of message");
        }
        out.write(message);
        out.write(EndOfMessageDelimiter.BYTES);
        out.flush();
    }

    private static boolean endsWithDelimiterHalf(byte[] message) {
        int half = EndOfMessageDelimiter.LENGTH / 2;
        return message.length >= half
                && Arrays.equals(message, message.length - half, message.length, EndOfMessageDelimiter.BYTES, 0, half);
    }
}
