package io.jmcp.netconf.framing;

import static io.jmcp.netconf.framing.Feeder.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FramingTest {
    private static final String HELLO = "<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"/>";
    private static final String RPC = "<rpc message-id=\"1\"><get-software-information/></rpc>";

    @Test
    void sinkStopsTheHelloDecoderSoTheSameReadContinuesInChunkedFraming() {
        ByteBuffer read = ByteBuffer.wrap(bytes(HELLO + "]]>]]>\n#" + RPC.length() + "\n" + RPC + "\n##\n"));
        List<String> messages = new ArrayList<>();
        int limit = read.limit();

        Framing.END_OF_MESSAGE.newDecoder().decode(read, hello -> {
            messages.add(hello.asString());
            read.limit(read.position());
        });
        read.limit(limit);
        Framing.CHUNKED.newDecoder().decode(read, rpc -> messages.add(rpc.asString()));

        assertThat(messages).containsExactly(HELLO, RPC);
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
