package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * RFC 6242 chunked framing (base:1.1): {@code 1*(LF "#" chunk-size LF chunk-data) LF "#" "#" LF}.
 * Chunk data is copied in bulk; only the few header bytes are examined one by one. Whitespace
 * between messages is tolerated (a peer may still send the newline that followed its hello's
 * {@code ]]>]]>}); anything else there is an error.
 */
final class ChunkedDecoder extends FramingDecoder {
    /** RFC 6242: chunk-size is 1..4294967295. */
    static final long MAX_CHUNK_SIZE = 4_294_967_295L;

    private enum State {
        /** Whitespace, then the LF and "#" opening a message. */
        BETWEEN_MESSAGES,
        /** After a message's first "\n#": the first digit of a chunk-size. */
        FIRST_CHUNK_SIZE,
        /** More chunk-size digits, or the LF ending them. */
        CHUNK_SIZE,
        CHUNK_DATA,
        /** After chunk data: the LF of the next chunk header or of end-of-chunks. */
        HEADER_LF,
        /** Its "#". */
        HEADER_HASH,
        /** A digit starting the next chunk-size, or the second "#" of end-of-chunks. */
        CHUNK_SIZE_OR_END,
        /** The LF closing end-of-chunks "\n##\n". */
        END_OF_CHUNKS_LF
    }

    private final MessageAccumulator message = new MessageAccumulator();
    private State state = State.BETWEEN_MESSAGES;
    private boolean lineFeedSeen;
    private long chunkSize;
    private long chunkRemaining;

    ChunkedDecoder(long maxMessageBytes) {
        super("chunked", maxMessageBytes);
    }

    @Override
    void decodeAvailable(ByteBuffer input, Consumer<NetconfMessage> sink) {
        while (input.hasRemaining()) {
            if (state == State.CHUNK_DATA) {
                copyChunkData(input);
            } else {
                int index = input.position();
                byte next = input.get();
                if (acceptHeaderByte(next, input, index)) {
                    sink.accept(message.finish());
                }
            }
        }
    }

    private void copyChunkData(ByteBuffer input) {
        int count = (int) Math.min(chunkRemaining, input.remaining());
        message.append(input, count, chunkRemaining);
        chunkRemaining -= count;
        if (chunkRemaining == 0) {
            state = State.HEADER_LF;
        }
    }

    /** Advances the header state machine by one byte; true when it completed a message. */
    private boolean acceptHeaderByte(byte next, ByteBuffer input, int index) {
        switch (state) {
            case BETWEEN_MESSAGES -> acceptBetweenMessages(next, input, index);
            case FIRST_CHUNK_SIZE -> acceptFirstChunkSize(next, input, index);
            case CHUNK_SIZE -> acceptChunkSizeDigitOrEnd(next, input, index);
            case HEADER_LF -> acceptLineFeedAfterChunk(next, input, index);
            case HEADER_HASH -> acceptHashAfterChunk(next, input, index);
            case CHUNK_SIZE_OR_END -> acceptChunkSizeOrEnd(next, input, index);
            case END_OF_CHUNKS_LF -> {
                acceptEndOfChunksLineFeed(next, input, index);
                return true;
            }
            case CHUNK_DATA -> throw new IllegalStateException("chunk data is copied in bulk, not read byte by byte");
        }
        return false;
    }

    private void acceptBetweenMessages(byte next, ByteBuffer input, int index) {
        if (next == '#' && lineFeedSeen) {
            state = State.FIRST_CHUNK_SIZE;
        } else if (isWhitespace(next)) {
            lineFeedSeen = next == '\n';
        } else {
            throw unexpected("a chunk header \"\\n#<chunk-size>\\n\" starting the next message", input, index);
        }
    }

    private void acceptLineFeedAfterChunk(byte next, ByteBuffer input, int index) {
        if (next != '\n') {
            throw unexpected("\"\\n\" after the " + chunkSize + "-byte chunk (does its chunk-size match its data?)",
                    input, index);
        }
        state = State.HEADER_HASH;
    }

    private void acceptHashAfterChunk(byte next, ByteBuffer input, int index) {
        if (next != '#') {
            throw unexpected("\"#\" of a chunk header or of end-of-chunks", input, index);
        }
        state = State.CHUNK_SIZE_OR_END;
    }

    private void acceptEndOfChunksLineFeed(byte next, ByteBuffer input, int index) {
        if (next != '\n') {
            throw unexpected("\"\\n\" closing end-of-chunks \"\\n##\\n\"", input, index);
        }
        state = State.BETWEEN_MESSAGES;
        lineFeedSeen = false;
    }

    private void acceptFirstChunkSize(byte next, ByteBuffer input, int index) {
        if (next == '#') {
            throw unexpected("a chunk-size: end-of-chunks \"\\n##\\n\" cannot close a message without chunks", input, index);
        }
        startChunkSize(next, input, index);
    }

    private void acceptChunkSizeOrEnd(byte next, ByteBuffer input, int index) {
        if (next == '#') {
            state = State.END_OF_CHUNKS_LF;
        } else {
            startChunkSize(next, input, index);
        }
    }

    private void startChunkSize(byte next, ByteBuffer input, int index) {
        if (next < '1' || next > '9') {
            throw unexpected("a chunk-size starting with 1-9 (no leading zeros, 0 is invalid)", input, index);
        }
        chunkSize = next - '0';
        state = State.CHUNK_SIZE;
    }

    private void acceptChunkSizeDigitOrEnd(byte next, ByteBuffer input, int index) {
        if (next == '\n') {
            requireWithinLimit(message.size() + chunkSize);
            chunkRemaining = chunkSize;
            state = State.CHUNK_DATA;
        } else if (next >= '0' && next <= '9') {
            // Checked at every digit, so the long cannot overflow however many digits arrive.
            chunkSize = chunkSize * 10 + (next - '0');
            if (chunkSize > MAX_CHUNK_SIZE) {
                throw unexpected("a chunk-size of at most " + MAX_CHUNK_SIZE, input, index);
            }
        } else {
            throw unexpected("a digit or the \"\\n\" ending the chunk-size", input, index);
        }
    }

    @Override
    String describeUnfinishedMessage() {
        return switch (state) {
            case BETWEEN_MESSAGES -> null;
            case FIRST_CHUNK_SIZE, CHUNK_SIZE -> "inside a chunk header";
            case CHUNK_DATA -> "inside a chunk (" + (chunkSize - chunkRemaining) + " of " + chunkSize + " bytes received)";
            case HEADER_LF, HEADER_HASH, CHUNK_SIZE_OR_END, END_OF_CHUNKS_LF ->
                    "before end-of-chunks \"\\n##\\n\" (" + message.size() + " bytes of the message received)";
        };
    }
}
