package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * What both decoders share: the message limit, the stream offset that error messages cite, and
 * refusing further input once the framing broke (the byte stream can no longer be trusted).
 */
abstract class FramingDecoder implements MessageDecoder {
    private final String framingName;
    private final long maxMessageBytes;
    private long offsetOfCallStart;
    private int positionOfCallStart;
    private FramingException failure;

    FramingDecoder(String framingName, long maxMessageBytes) {
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive, got " + maxMessageBytes);
        }
        this.framingName = framingName;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * {@inheritDoc}
     *
     * <p>When {@code sink} is called, {@code input}'s position is just past that message's framing;
     * should {@code sink} throw, the exception propagates and the later bytes stay unread.
     */
    @Override
    public final void decode(ByteBuffer input, Consumer<NetconfMessage> sink) {
        if (failure != null) {
            throw new FramingException("decoder unusable after an earlier framing error: " + failure.getMessage());
        }
        positionOfCallStart = input.position();
        try {
            decodeAvailable(input, sink);
        } catch (FramingException e) {
            failure = e;
            throw e;
        } finally {
            offsetOfCallStart += input.position() - positionOfCallStart;
        }
    }

    @Override
    public final void endOfInput() {
        if (failure != null) {
            return;
        }
        String unfinished = describeUnfinishedMessage();
        if (unfinished != null) {
            failure = new FramingException(framingName + " framing: stream ended " + unfinished);
            throw failure;
        }
    }

    /** Consumes all of {@code input}, handing each completed message to {@code sink}. */
    abstract void decodeAvailable(ByteBuffer input, Consumer<NetconfMessage> sink);

    /** Where the stream stopped, e.g. "inside a chunk (3 of 10 bytes received)"; null between messages. */
    abstract String describeUnfinishedMessage();

    /** Fails unless a message of {@code messageBytes} is within the limit. */
    final void requireWithinLimit(long messageBytes) {
        if (messageBytes > maxMessageBytes) {
            throw new FramingException(framingName + " framing: message exceeds the limit of " + maxMessageBytes
                    + " bytes (it has reached at least " + messageBytes + " bytes)");
        }
    }

    /** The whitespace tolerated between messages. */
    static boolean isWhitespace(byte b) {
        return b == '\n' || b == '\r' || b == ' ' || b == '\t';
    }

    /** The error for the unexpected byte at {@code index} of {@code input}. */
    final FramingException unexpected(String expected, ByteBuffer input, int index) {
        long offset = offsetOfCallStart + (index - positionOfCallStart);
        return new FramingException(framingName + " framing broken at byte " + offset + " of the stream: expected "
                + expected + ", got " + PrintableBytes.from(input, index));
    }
}
