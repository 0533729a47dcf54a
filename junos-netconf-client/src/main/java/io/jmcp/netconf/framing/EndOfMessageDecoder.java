package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * RFC 6242 end-of-message framing (base:1.0, and every hello): each message ends with
 * {@code ]]>]]>}, which may be cut anywhere by buffer boundaries.
 *
 * <p>Between messages only whitespace is allowed (Junos sends a newline after each delimiter;
 * PyEZ, ncclient and netconfd send newlines too), and it is dropped so that an XML declaration
 * still starts its message. A message must start with '<': anything else is not XML and means the
 * stream is out of step. The one exception is a UTF-8 byte order mark before the '<', which XML
 * allows and which some tools that save replies put there.
 *
 * <p>A delimiter prefix at the end of a buffer is held back, not copied, until the next bytes
 * show whether it was the delimiter or content; being a prefix of the delimiter, it is known
 * from its length alone.
 *
 * <p>The delimiter is searched for in the input's backing array, in place. Direct and read-only
 * buffers have none, so they are decoded from a heap copy (transports here read into arrays).
 */
final class EndOfMessageDecoder extends FramingDecoder {
    private static final byte BYTE_ORDER_MARK_START = (byte) 0xEF;

    private final MessageAccumulator message = new MessageAccumulator();
    private boolean inMessage;
    /** Delimiter bytes matched at the end of the input consumed so far and held back. */
    private int heldBack;

    EndOfMessageDecoder(long maxMessageBytes) {
        super("end-of-message", maxMessageBytes);
    }

    @Override
    void decodeAvailable(ByteBuffer input, Consumer<NetconfMessage> sink) {
        if (input.hasArray()) {
            decodeArray(input, sink);
        } else {
            decodeHeapCopy(input, sink);
        }
    }

    /**
     * Decodes a heap copy of {@code input} laid out at the same indices, so that positions and
     * error offsets are the input's own; keeps {@code input}'s position in step at every message
     * and honours a sink that cuts {@code input}'s limit, as if decoded in place.
     */
    private void decodeHeapCopy(ByteBuffer input, Consumer<NetconfMessage> sink) {
        int start = input.position();
        ByteBuffer copy = ByteBuffer.allocate(input.limit()).put(start, input, start, input.remaining()).position(start);
        try {
            decodeArray(copy, message -> {
                input.position(copy.position());
                sink.accept(message);
                copy.limit(Math.min(copy.limit(), input.limit()));
            });
        } finally {
            input.position(copy.position());
        }
    }

    private void decodeArray(ByteBuffer input, Consumer<NetconfMessage> sink) {
        while (input.hasRemaining()) {
            if (!inMessage && !skipToMessageStart(input)) {
                return;
            }
            boolean complete = heldBack > 0 ? resolveHeldBack(input) : scanForDelimiter(input);
            if (complete) {
                inMessage = false;
                sink.accept(message.finish());
            }
        }
    }

    /** Drops whitespace; true when positioned at the '<' (or byte order mark) opening a message. */
    private boolean skipToMessageStart(ByteBuffer input) {
        while (input.hasRemaining()) {
            int index = input.position();
            byte next = input.get(index);
            if (next == '<' || next == BYTE_ORDER_MARK_START) {
                inMessage = true;
                return true;
            }
            if (!isWhitespace(next)) {
                throw unexpected("whitespace or the '<' starting the next message", input, index);
            }
            input.position(index + 1);
        }
        return false;
    }

    /** Copies content up to the delimiter or the end of input; true when the delimiter ended the message. */
    private boolean scanForDelimiter(ByteBuffer input) {
        int start = input.position();
        int limit = input.limit();
        int base = input.arrayOffset();
        int found = EndOfMessageDelimiter.indexIn(input.array(), base + start, base + limit);
        if (found >= 0) {
            int delimiter = found - base;
            appendContent(input, delimiter - start);
            input.position(delimiter + EndOfMessageDelimiter.LENGTH);
            return true;
        }
        heldBack = EndOfMessageDelimiter.prefixLengthAtEnd(input.array(), base + start, base + limit);
        appendContent(input, limit - heldBack - start);
        input.position(limit);
        return false;
    }

    /**
     * Feeds the next bytes to the match begun by the held-back bytes, for as long as that match
     * reaches back into them (at most five bytes). True when the delimiter completed. Otherwise
     * the held-back bytes that the match let go are content, and the rest of the input is left to
     * {@link #scanForDelimiter}.
     */
    private boolean resolveHeldBack(ByteBuffer input) {
        int start = input.position();
        int available = input.remaining();
        int matched = heldBack;
        int fed = 0;
        while (matched > fed && fed < available) {
            matched = EndOfMessageDelimiter.advance(matched, input.get(start + fed));
            fed++;
            if (matched == EndOfMessageDelimiter.LENGTH) {
                releaseHeldBack(heldBack + fed - matched);
                input.position(start + fed);
                return true;
            }
        }
        if (matched > fed) {
            // Input ran out while the match still spans held-back bytes: keep holding them.
            releaseHeldBack(heldBack + fed - matched);
            heldBack = matched;
            input.position(start + fed);
        } else {
            // The match, if any, lies wholly in the input: all held-back bytes were content.
            releaseHeldBack(heldBack);
        }
        return false;
    }

    /** Appends the first {@code count} held-back bytes as content; they are the delimiter's first bytes. */
    private void releaseHeldBack(int count) {
        requireWithinLimit(message.size() + count);
        message.append(EndOfMessageDelimiter.BYTES, 0, count);
        heldBack = 0;
    }

    private void appendContent(ByteBuffer input, int count) {
        requireWithinLimit(message.size() + count);
        message.append(input, count, count);
    }

    @Override
    String describeUnfinishedMessage() {
        if (!inMessage) {
            return null;
        }
        return "before the end-of-message delimiter \"]]>]]>\" (" + (message.size() + heldBack)
                + " bytes of the message received)";
    }
}
