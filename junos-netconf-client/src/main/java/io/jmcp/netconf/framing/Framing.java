package io.jmcp.netconf.framing;

/**
 * The two NETCONF framings: RFC 6242 end-of-message ({@code ]]>]]>}, base:1.0, also used for
 * every hello) and chunked ({@code \n#<size>\n ... \n##\n}, base:1.1 when both peers advertise it).
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
