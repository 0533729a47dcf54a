package io.jmcp.netconf.framing;

import static io.jmcp.netconf.framing.Feeder.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedDecoderTest {
    private static final String END_OF_CHUNKS = "\n##\n";
    private static final String REPLY = "<rpc-reply message-id=\"1\"><ok/></rpc-reply>";
    /** Two messages, the first in three chunks, with every kind of header and end-of-chunks. */
    private static final String TWO_MESSAGES = chunk("<rpc") + chunk("-reply><data>#\n##</") + chunk("data></rpc-reply>")
            + END_OF_CHUNKS + chunk(REPLY) + END_OF_CHUNKS;
    private static final List<String> TWO_MESSAGES_DECODED = List.of("<rpc-reply><data>#\n##</data></rpc-reply>", REPLY);

    private static String chunk(String data) {
        return "\n#" + bytes(data).length + "\n" + data;
    }

    private static MessageDecoder decoder() {
        return Framing.CHUNKED.newDecoder();
    }

    private static void decode(MessageDecoder decoder, String stream) {
        decoder.decode(ByteBuffer.wrap(bytes(stream)), message -> { });
    }

    @Test
    void decodesMessageOfOneChunk() {
        assertThat(Feeder.cutAt(decoder(), chunk(REPLY) + END_OF_CHUNKS)).containsExactly(REPLY);
    }

    @Test
    void joinsTheChunksOfOneMessage() {
        assertThat(Feeder.cutAt(decoder(), "\n#5\n<rpc-\n#6\nreply>\n#1\nx\n#12\n</rpc-reply>\n##\n"))
                .containsExactly("<rpc-reply>x</rpc-reply>");
    }

    @Test
    void decodesSeveralMessagesInOneBuffer() {
        assertThat(Feeder.cutAt(decoder(), TWO_MESSAGES)).isEqualTo(TWO_MESSAGES_DECODED);
    }

    @Test
    void decodesStreamCutInTwoAtEveryByteBoundary() {
        for (int cut = 0; cut <= TWO_MESSAGES.length(); cut++) {
            assertThat(Feeder.cutAt(decoder(), TWO_MESSAGES, cut)).as("cut at byte %d", cut).isEqualTo(TWO_MESSAGES_DECODED);
        }
    }

    @Test
    void decodesStreamFedOneByteAtATime() {
        assertThat(Feeder.oneByteAtATime(decoder(), TWO_MESSAGES)).isEqualTo(TWO_MESSAGES_DECODED);
    }

    @Test
    void decodesMultiDigitChunkSizeCutBetweenItsDigits() {
        String body = "x".repeat(12_345);
        String stream = "\n#12345\n" + body + "\n##\n";
        for (int cut = 2; cut <= 8; cut++) {
            assertThat(Feeder.cutAt(decoder(), stream, cut)).containsExactly(body);
        }
    }

    @Test
    void positionsInputJustPastEachMessageWhenHandingItOver() {
        ByteBuffer input = ByteBuffer.wrap(bytes(TWO_MESSAGES));
        List<Integer> positions = new ArrayList<>();
        decoder().decode(input, message -> positions.add(input.position()));
        assertThat(positions).containsExactly(TWO_MESSAGES.indexOf("##\n") + 3, TWO_MESSAGES.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\n\n", " \t\n"})
    void toleratesWhitespaceBetweenMessages(String whitespace) {
        String message = "\n#3\n<a/\n#1\n>\n##\n";
        assertThat(Feeder.cutAt(decoder(), whitespace + message + whitespace + message + whitespace))
                .containsExactly("<a/>", "<a/>");
    }

    @Test
    void rejectsGarbageBetweenMessages() {
        MessageDecoder decoder = decoder();
        assertThatThrownBy(() -> decode(decoder, "\n#4\n<a/>\n##\nhello\n#4\n<b/>\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessage("chunked framing broken at byte 12 of the stream: expected a chunk header"
                        + " \"\\n#<chunk-size>\\n\" starting the next message, got \"hello\\n#4\\n<b/>\\n##\\n\"");
    }

    @Test
    void rejectsChunkHeaderWithoutItsLeadingLineFeed() {
        assertThatThrownBy(() -> decode(decoder(), "#4\n<a/>\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 0 of the stream: expected a chunk header");
    }

    @Test
    void rejectsChunkSizeZero() {
        assertThatThrownBy(() -> decode(decoder(), "\n#0\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 2 of the stream: expected a chunk-size starting with 1-9"
                        + " (no leading zeros, 0 is invalid), got \"0\\n\"");
    }

    @Test
    void rejectsChunkSizeWithLeadingZero() {
        assertThatThrownBy(() -> decode(decoder(), "\n#04\n<a/>\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected a chunk-size starting with 1-9");
    }

    @Test
    void rejectsZeroSizedChunkAfterTheFirst() {
        assertThatThrownBy(() -> decode(decoder(), "\n#2\n<a\n#0\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 8 of the stream: expected a chunk-size starting with 1-9");
    }

    @Test
    void rejectsNonDigitInChunkSize() {
        assertThatThrownBy(() -> decode(decoder(), "\n#1x\n<"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 3 of the stream: expected a digit or the \"\\n\" ending the chunk-size,"
                        + " got \"x\\n<\"");
    }

    @Test
    void rejectsChunkSizeNotEndedByLineFeed() {
        assertThatThrownBy(() -> decode(decoder(), "\n#4\r\n<a/>\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected a digit or the \"\\n\" ending the chunk-size, got \"\\r\\n<a/>");
    }

    @Test
    void rejectsChunkHeaderWithoutChunkSize() {
        assertThatThrownBy(() -> decode(decoder(), "\n#\n<a/>"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected a chunk-size starting with 1-9");
    }

    @Test
    void rejectsChunkSizeAboveTheRfcMaximum() {
        assertThatThrownBy(() -> decode(decoder(), "\n#4294967296\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 11 of the stream: expected a chunk-size of at most 4294967295, got \"6\\n\"");
    }

    @Test
    void rejectsEndlessChunkSizeDigits() {
        assertThatThrownBy(() -> decode(decoder(), "\n#1" + "0".repeat(100)))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected a chunk-size of at most 4294967295");
    }

    @Test
    void rejectsChunkLargerThanTheMessageLimitBeforeItsDataArrives() {
        MessageDecoder decoder = Framing.CHUNKED.newDecoder(1000);
        assertThatThrownBy(() -> decode(decoder, "\n#1001\n"))
                .isInstanceOf(FramingException.class)
                .hasMessage("chunked framing: message exceeds the limit of 1000 bytes (it has reached at least 1001 bytes)");
    }

    @Test
    void rejectsMessageWhoseChunksTogetherExceedTheLimit() {
        MessageDecoder decoder = Framing.CHUNKED.newDecoder(10);
        assertThatThrownBy(() -> decode(decoder, "\n#6\n<a>xx<\n#5\n/a>\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("message exceeds the limit of 10 bytes (it has reached at least 11 bytes)");
    }

    @Test
    void acceptsMessageOfExactlyTheLimit() {
        assertThat(Feeder.cutAt(Framing.CHUNKED.newDecoder(10), "\n#6\n<a>xx<\n#4\n/a>\n\n##\n"))
                .containsExactly("<a>xx</a>\n");
    }

    @Test
    void appliesTheLimitToEachMessageAfresh() {
        String message = "\n#8\n<a>xx</a\n#1\n>\n##\n";
        assertThat(Feeder.cutAt(Framing.CHUNKED.newDecoder(9), message + message)).hasSize(2);
    }

    @Test
    void rejectsEndOfChunksBeforeAnyChunk() {
        assertThatThrownBy(() -> decode(decoder(), "\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected a chunk-size: end-of-chunks \"\\n##\\n\" cannot close a message without chunks");
    }

    @Test
    void rejectsChunkDataLongerThanItsChunkSize() {
        assertThatThrownBy(() -> decode(decoder(), "\n#3\n<a/>\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 7 of the stream: expected \"\\n\" after the 3-byte chunk"
                        + " (does its chunk-size match its data?), got \">\\n##\\n\"");
    }

    @Test
    void rejectsLineFeedAfterChunkNotFollowedByHash() {
        assertThatThrownBy(() -> decode(decoder(), "\n#4\n<a/>\n<b/>"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected \"#\" of a chunk header or of end-of-chunks, got \"<b/>\"");
    }

    @Test
    void rejectsEndOfChunksNotClosedByLineFeed() {
        assertThatThrownBy(() -> decode(decoder(), "\n#4\n<a/>\n##<b/>"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("expected \"\\n\" closing end-of-chunks \"\\n##\\n\", got \"<b/>\"");
    }

    @Test
    void showsOffendingBytesEscapedAndTruncated() {
        String garbage = "\u0000\u00ff\"\\" + "z".repeat(100);
        assertThatThrownBy(() -> decode(decoder(), garbage))
                .isInstanceOf(FramingException.class)
                .hasMessageEndingWith("got \"\\x00\\xc3\\xbf\\\"\\\\" + "z".repeat(35) + "\"...");
    }

    @Test
    void countsStreamOffsetsAcrossCalls() {
        MessageDecoder decoder = decoder();
        decode(decoder, "\n#4\n<a/>\n");
        assertThatThrownBy(() -> decode(decoder, "#!"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 10 of the stream");
    }

    @Test
    void refusesMoreInputAfterAFramingError() {
        MessageDecoder decoder = decoder();
        assertThatThrownBy(() -> decode(decoder, "junk")).isInstanceOf(FramingException.class);
        assertThatThrownBy(() -> decode(decoder, "\n#4\n<a/>\n##\n"))
                .isInstanceOf(FramingException.class)
                .hasMessageStartingWith("decoder unusable after an earlier framing error: chunked framing broken at byte 0");
    }

    @Test
    void failsWhenStreamEndsInsideChunkHeader() {
        MessageDecoder decoder = decoder();
        decode(decoder, "\n#12");
        assertThatThrownBy(decoder::endOfInput)
                .isInstanceOf(FramingException.class)
                .hasMessage("chunked framing: stream ended inside a chunk header");
    }

    @Test
    void failsWhenStreamEndsInsideChunkData() {
        MessageDecoder decoder = decoder();
        decode(decoder, "\n#10\n<rpc");
        assertThatThrownBy(decoder::endOfInput)
                .isInstanceOf(FramingException.class)
                .hasMessage("chunked framing: stream ended inside a chunk (4 of 10 bytes received)");
    }

    @Test
    void failsWhenStreamEndsBeforeEndOfChunks() {
        MessageDecoder decoder = decoder();
        decode(decoder, "\n#4\n<a/>\n#");
        assertThatThrownBy(decoder::endOfInput)
                .isInstanceOf(FramingException.class)
                .hasMessage("chunked framing: stream ended before end-of-chunks \"\\n##\\n\" (4 bytes of the message received)");
    }

    @Test
    void acceptsStreamEndingBetweenMessages() {
        MessageDecoder decoder = decoder();
        decode(decoder, "\n#4\n<a/>\n##\n\n");
        assertThatCode(decoder::endOfInput).doesNotThrowAnyException();
    }
}
