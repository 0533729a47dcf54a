package io.jmcp.netconf.framing;

/**
 * The two NETCONF framings: RFC 6242 end-of-message ({@code ]]>]]>}, base:1.0, also used for
 * every hello) and chunked ({@code \n#<size>\n ... \n##\n}, base:1.1 when both peers advertise it).
 *
 * <p>Switching framing after the hello: the bytes after a hello may arrive in the same read (a
 * client may send its hello and first chunked RPC back to back). A decoder hands each message to
 * its sink with the input positioned just past that message and re-checks the input's limit after
 * every message, so the sink that receives the hello can stop the decoder there by setting the
 * limit to the position; the caller then restores the limit and feeds the rest to the decoder of
 * the negotiated framing.
 */
public enum Framing {
    END_OF_MESSAGE,
    CHUNKED;

    /** Default largest message accepted: 1 GiB. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 1L << 30;

    public MessageDecoder newDecoder() {
        return newDecoder(DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** A decoder that fails with {@link FramingException} on a message larger than {@code maxMessageBytes}. */
    public MessageDecoder newDecoder(long maxMessageBytes) {
        return switch (this) {
            case END_OF_MESSAGE -> new EndOfMessageDecoder(maxMessageBytes);
            case CHUNKED -> new ChunkedDecoder(maxMessageBytes);
        };
    }

    public MessageEncoder newEncoder() {
        return switch (this) {
            case END_OF_MESSAGE -> new EndOfMessageEncoder();
            case CHUNKED -> new ChunkedEncoder();
        };
    }
}
