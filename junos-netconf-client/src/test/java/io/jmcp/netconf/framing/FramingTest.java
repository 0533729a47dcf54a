package io.jmcp.netconf.framing;

import static io.jmcp.netconf.framing.Feeder.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FramingTest {
    private static final String HELLO = "<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"/>";
    private static final String RPC = "<rpc message-id=\"1\"><get-software-information/></rpc>";
    private static final String HELLO_THEN_CHUNKED_RPC = "\n" + HELLO + "]]>]]>\n#" + RPC.length() + "\n" + RPC + "\n##\n";

    /** The kinds of buffer a transport may hand over. */
    enum BufferKind {
        HEAP(ByteBuffer::wrap),
        HEAP_SLICE_WITH_ARRAY_OFFSET(bytes -> ByteBuffer.allocate(bytes.length + 5).position(5).slice().put(bytes).flip()),
        DIRECT(bytes -> ByteBuffer.allocateDirect(bytes.length).put(bytes).flip()),
        READ_ONLY(bytes -> ByteBuffer.wrap(bytes).asReadOnlyBuffer());

        private final Function<byte[], ByteBuffer> maker;

        BufferKind(Function<byte[], ByteBuffer> maker) {
            this.maker = maker;
        }

        ByteBuffer of(String content) {
            return maker.apply(bytes(content));
        }
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void sinkStopsTheHelloDecoderSoTheSameReadContinuesInChunkedFraming(BufferKind kind) {
        ByteBuffer read = kind.of(HELLO_THEN_CHUNKED_RPC);
        List<String> messages = new ArrayList<>();
        int limit = read.limit();

        Framing.END_OF_MESSAGE.newDecoder().decode(read, hello -> {
            messages.add(hello.asString());
            read.limit(read.position());
        });
        read.limit(limit);
        Framing.CHUNKED.newDecoder().decode(read, rpc -> messages.add(rpc.asString()));

        assertThat(messages).containsExactly(HELLO, RPC);
        assertThat(read.hasRemaining()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void endOfMessageDecoderPositionsEveryKindOfBufferJustPastEachMessage(BufferKind kind) {
        ByteBuffer read = kind.of("<a/>]]>]]>\n<b/>]]>]]>\n<c");
        List<Integer> positions = new ArrayList<>();
        MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder();
        decoder.decode(read, message -> positions.add(read.position()));
        assertThat(positions).containsExactly(10, 21);
        assertThat(read.position()).isEqualTo(read.limit());
        assertThatThrownBy(decoder::endOfInput).hasMessageContaining("(2 bytes of the message received)");
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void endOfMessageDecoderCitesStreamOffsetsWhateverTheBufferAndItsPosition(BufferKind kind) {
        ByteBuffer read = kind.of("ignored<a/>]]>]]>\n?");
        read.position("ignored".length());
        assertThatThrownBy(() -> Framing.END_OF_MESSAGE.newDecoder().decode(read, message -> { }))
                .hasMessageContaining("at byte 11 of the stream");
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void chunkedDecoderReadsEveryKindOfBuffer(BufferKind kind) {
        List<String> messages = new ArrayList<>();
        Framing.CHUNKED.newDecoder().decode(kind.of("\n#4\n<a/>\n##\n\n#2\n<b\n#2\n/>\n##\n"), message -> messages.add(message.asString()));
        assertThat(messages).containsExactly("<a/>", "<b/>");
    }

    @Test
    void decodersDefaultToAOneGibibyteMessageLimit() {
        MessageDecoder decoder = Framing.CHUNKED.newDecoder();
        decoder.decode(ByteBuffer.wrap(bytes("\n#1073741824\n")), message -> { });
        assertThatThrownBy(() -> Framing.CHUNKED.newDecoder().decode(ByteBuffer.wrap(bytes("\n#1073741825\n")), message -> { }))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("exceeds the limit of 1073741824 bytes");
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void refusesNonPositiveMessageLimit(Framing framing) {
        assertThatThrownBy(() -> framing.newDecoder(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxMessageBytes must be positive, got -1");
    }
}
