package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;

/**
 * Collects the bytes of the message being decoded. Each byte is copied once, in bulk, out of the
 * caller's (reused) input buffer into segments that the finished {@link NetconfMessage} keeps as
 * they are. Segments grow with the message, so a large reply takes few of them and a small one
 * little memory, and none is ever grown by copying.
 */
final class MessageAccumulator {
    /**
     * Largest segment. Kept below half of G1's smallest region (1 MiB) so that segments are never
     * humongous objects, which would pin whole regions and double the heap a large reply takes.
     */
    static final int MAX_SEGMENT_BYTES = 256 * 1024;

    private NetconfMessage.Builder builder = NetconfMessage.builder();
    private byte[] segment = new byte[0];
    private int filled;

    /** Bytes of the message collected so far. */
    long size() {
        return builder.size() + filled;
    }

    /**
     * Copies the next {@code length} bytes of {@code input}, advancing its position.
     *
     * @param expected how many bytes the message is known to still have, counting these
     *                 ({@code >= length}); sizes new segments so that known data fits exactly
     */
    void append(ByteBuffer input, int length, long expected) {
        int left = length;
        long stillExpected = expected;
        while (left > 0) {
            if (filled == segment.length) {
                startSegment(stillExpected);
            }
            int count = Math.min(left, segment.length - filled);
            input.get(segment, filled, count);
            filled += count;
            left -= count;
            stillExpected -= count;
        }
    }

    /** Copies {@code length} bytes of {@code bytes} from {@code offset}. */
    void append(byte[] bytes, int offset, int length) {
        append(ByteBuffer.wrap(bytes, offset, length), length, length);
    }

    /** The collected message; the accumulator starts over, empty. */
    NetconfMessage finish() {
        builder.append(segment, filled);
        NetconfMessage message = builder.build();
        builder = NetconfMessage.builder();
        segment = new byte[0];
        filled = 0;
        return message;
    }

    /** Doubles the message's capacity, or takes what is known to come if more, within the cap. */
    private void startSegment(long expected) {
        builder.append(segment, filled);
        long wanted = Math.max(expected, builder.size());
        segment = new byte[(int) Math.min(wanted, MAX_SEGMENT_BYTES)];
        filled = 0;
    }
}
