package io.jmcp.netconf.framing;

import static io.jmcp.netconf.framing.Feeder.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.NetconfException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageEncoderTest {
    private static final String RPC = "<rpc message-id=\"7\"><get-software-information/></rpc>";

    /** Records what was written and how often it was flushed. */
    private static final class RecordingStream extends ByteArrayOutputStream {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }

        String written() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    private static RecordingStream encode(Framing framing, String... messages) throws IOException {
        RecordingStream out = new RecordingStream();
        MessageEncoder encoder = framing.newEncoder();
        for (String message : messages) {
            encoder.encode(bytes(message), out);
        }
        return out;
    }

    @Test
    void chunkedEncoderWritesOneChunkThenEndOfChunks() throws IOException {
        assertThat(encode(Framing.CHUNKED, RPC).written()).isEqualTo("\n#" + RPC.length() + "\n" + RPC + "\n##\n");
    }

    @Test
    void chunkedEncoderCountsBytesNotCharacters() throws IOException {
        assertThat(encode(Framing.CHUNKED, "<a>é</a>").written()).isEqualTo("\n#9\n<a>é</a>\n##\n");
    }

    @Test
    void endOfMessageEncoderAppendsTheDelimiter() throws IOException {
        assertThat(encode(Framing.END_OF_MESSAGE, RPC).written()).isEqualTo(RPC + "]]>]]>");
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void flushesOncePerMessage(Framing framing) throws IOException {
        assertThat(encode(framing, RPC, RPC, RPC).flushes).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void refusesEmptyMessage(Framing framing) {
        assertThatThrownBy(() -> encode(framing, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an empty NETCONF message cannot be framed");
    }

    @Test
    void endOfMessageEncoderRefusesMessageContainingTheDelimiter() {
        String injection = "<rpc><load-configuration><!-- ]]>]]><rpc><request-reboot/></rpc> --></load-configuration></rpc>";
        RecordingStream out = new RecordingStream();
        assertThatThrownBy(() -> Framing.END_OF_MESSAGE.newEncoder().encode(bytes(injection), out))
                .isInstanceOf(NetconfException.class)
                .hasMessage("cannot send this message with end-of-message framing (base:1.0): it contains the delimiter"
                        + " \"]]>]]>\" at byte 30, which would end it early");
        assertThat(out.size()).isZero();
    }

    @Test
    void endOfMessageEncoderRefusesMessageEndingWithHalfTheDelimiter() {
        assertThatThrownBy(() -> encode(Framing.END_OF_MESSAGE, "<a/><!-- x -->]]>"))
                .isInstanceOf(NetconfException.class)
                .hasMessageContaining("it ends with \"]]>\"");
    }

    @Test
    void endOfMessageEncoderSendsDelimiterLookalikes() throws IOException {
        String message = "<a b=\"]]>]]\"/>]]>]]";
        assertThat(encode(Framing.END_OF_MESSAGE, message).written()).isEqualTo(message + "]]>]]>");
    }

    @Test
    void chunkedEncoderSendsTheEndOfMessageDelimiterAsContent() throws IOException {
        String message = "<a b=\"]]>]]>\"/>";
        assertThat(encode(Framing.CHUNKED, message).written()).contains(message);
    }
}
