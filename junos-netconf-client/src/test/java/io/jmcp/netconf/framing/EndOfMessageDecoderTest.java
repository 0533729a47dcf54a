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

class EndOfMessageDecoderTest {
    /** What a Junos device sends first: comments, its hello, the delimiter and a newline. */
    private static final String JUNOS_HELLO = """
            <!-- No zombies were killed during the creation of this user interface -->
            <!-- user lab, class j-super-user -->
            <hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
              <capabilities>
                <capability>urn:ietf:params:netconf:base:1.0</capability>
                <capability>urn:ietf:params:netconf:capability:candidate:1.0</capability>
                <capability>http://xml.juniper.net/netconf/junos/1.0</capability>
              </capabilities>
              <session-id>27703</session-id>
            </hello>
            """;
    private static final String REPLY = "<rpc-reply><ok/></rpc-reply>";
    private static final String TWO_MESSAGES = JUNOS_HELLO + "]]>]]>\n" + REPLY + "]]>]]>\n";

    private static MessageDecoder decoder() {
        return Framing.END_OF_MESSAGE.newDecoder();
    }

    private static void decode(MessageDecoder decoder, String stream) {
        decoder.decode(ByteBuffer.wrap(bytes(stream)), message -> { });
    }

    @Test
    void decodesMessageEndedByTheDelimiter() {
        assertThat(Feeder.cutAt(decoder(), REPLY + "]]>]]>")).containsExactly(REPLY);
    }

    @Test
    void decodesJunosHelloAndTheReplyAfterIt() {
        assertThat(Feeder.cutAt(decoder(), TWO_MESSAGES)).containsExactly(JUNOS_HELLO, REPLY);
    }

    @Test
    void decodesStreamCutInTwoAtEveryByteBoundary() {
        for (int cut = 0; cut <= TWO_MESSAGES.length(); cut++) {
            assertThat(Feeder.cutAt(decoder(), TWO_MESSAGES, cut)).as("cut at byte %d", cut).containsExactly(JUNOS_HELLO, REPLY);
        }
    }

    @Test
    void decodesStreamFedOneByteAtATime() {
        assertThat(Feeder.oneByteAtATime(decoder(), TWO_MESSAGES)).containsExactly(JUNOS_HELLO, REPLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"]", "]]", "]]>]", "]]>]]", "]]]>]]", "]]>]]]>]", "]>]]>]>]]>]", "]]>]>]]>]"})
    void keepsDelimiterLookalikesAsContentWhereverTheStreamIsCut(String lookalike) {
        String message = "<a>" + lookalike + "</a>" + lookalike;
        String stream = message + "]]>]]>" + message + "]]>]]>";
        for (int cut = 0; cut <= stream.length(); cut++) {
            assertThat(Feeder.cutAt(decoder(), stream, cut)).as("cut at byte %d", cut).containsExactly(message, message);
        }
        assertThat(Feeder.oneByteAtATime(decoder(), stream)).containsExactly(message, message);
    }

    @Test
    void endsMessageAtTheFirstDelimiterOfARunOfBrackets() {
        assertThat(Feeder.cutAt(decoder(), "<a/>]]]>]]>\n<b/>]]>]]>")).containsExactly("<a/>]", "<b/>");
    }

    @Test
    void decodesDelimiterCutAcrossThreeReads() {
        assertThat(Feeder.cutAt(decoder(), REPLY + "]]>]]>" + REPLY + "]]>]]>", REPLY.length() + 2, REPLY.length() + 4))
                .containsExactly(REPLY, REPLY);
    }

    @Test
    void positionsInputJustPastEachMessageWhenHandingItOver() {
        ByteBuffer input = ByteBuffer.wrap(bytes(TWO_MESSAGES));
        List<Integer> positions = new ArrayList<>();
        decoder().decode(input, message -> positions.add(input.position()));
        assertThat(positions).containsExactly(JUNOS_HELLO.length() + 6, TWO_MESSAGES.length() - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\n\n\n", " \t\r\n "})
    void dropsWhitespaceBetweenMessagesSoThatXmlDeclarationsStartTheirMessage(String whitespace) {
        String message = "<?xml version=\"1.0\"?><a/>";
        assertThat(Feeder.cutAt(decoder(), whitespace + message + "]]>]]>" + whitespace + message + "]]>]]>" + whitespace))
                .containsExactly(message, message);
    }

    @Test
    void acceptsMessageStartingWithAByteOrderMark() {
        String message = "\uFEFF<rpc-reply/>";
        assertThat(Feeder.cutAt(decoder(), "\n" + message + "]]>]]>")).containsExactly(message);
    }

    @Test
    void keepsWhitespaceInsideAMessage() {
        assertThat(Feeder.cutAt(decoder(), "<a>\n  </a>\n]]>]]>")).containsExactly("<a>\n  </a>\n");
    }

    @Test
    void rejectsGarbageBeforeTheFirstMessage() {
        assertThatThrownBy(() -> decode(decoder(), "Last login: yesterday\n<hello/>]]>]]>"))
                .isInstanceOf(FramingException.class)
                .hasMessage("end-of-message framing broken at byte 0 of the stream: expected whitespace or the '<'"
                        + " starting the next message, got \"Last login: yesterday\\n<hello/>]]>]]>\"");
    }

    @Test
    void rejectsGarbageBetweenMessages() {
        assertThatThrownBy(() -> decode(decoder(), "<a/>]]>]]>\n]]>]]>"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("at byte 11 of the stream: expected whitespace or the '<' starting the next message,"
                        + " got \"]]>]]>\"");
    }

    @Test
    void rejectsMessageLargerThanTheLimit() {
        MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder(8);
        assertThatThrownBy(() -> decode(decoder, "<a>xyz</a>]]>]]>"))
                .isInstanceOf(FramingException.class)
                .hasMessage("end-of-message framing: message exceeds the limit of 8 bytes (it has reached at least 10 bytes)");
    }

    @Test
    void rejectsMessageGrowingPastTheLimitOverSeveralReads() {
        MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder(8);
        decode(decoder, "<a>x");
        decode(decoder, "y</");
        assertThatThrownBy(() -> decode(decoder, "a>]]>]]>"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("message exceeds the limit of 8 bytes");
    }

    @Test
    void acceptsMessageOfExactlyTheLimitWhateverTheCuts() {
        String stream = "<a>x</a>]]>]]>";
        for (int cut = 0; cut <= stream.length(); cut++) {
            assertThat(Feeder.cutAt(Framing.END_OF_MESSAGE.newDecoder(8), stream, cut)).containsExactly("<a>x</a>");
        }
    }

    @Test
    void countsTheLimitIncludingContentThatLookedLikeTheDelimiter() {
        MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder(8);
        decode(decoder, "<a/>]]>]");
        assertThatThrownBy(() -> decode(decoder, "x"))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("it has reached at least 9 bytes");
    }

    @Test
    void failsWhenStreamEndsBeforeTheDelimiter() {
        MessageDecoder decoder = decoder();
        decode(decoder, "<rpc-reply>");
        assertThatThrownBy(decoder::endOfInput)
                .isInstanceOf(FramingException.class)
                .hasMessage("end-of-message framing: stream ended before the end-of-message delimiter \"]]>]]>\""
                        + " (11 bytes of the message received)");
    }

    @Test
    void failsWhenStreamEndsInsideTheDelimiter() {
        MessageDecoder decoder = decoder();
        decode(decoder, "<a/>]]>]]");
        assertThatThrownBy(decoder::endOfInput)
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("(9 bytes of the message received)");
    }

    @Test
    void acceptsStreamEndingInWhitespaceBetweenMessages() {
        MessageDecoder decoder = decoder();
        decode(decoder, "<a/>]]>]]>\n\n");
        assertThatCode(decoder::endOfInput).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreInputAfterAFramingError() {
        MessageDecoder decoder = decoder();
        assertThatThrownBy(() -> decode(decoder, "x")).isInstanceOf(FramingException.class);
        assertThatThrownBy(() -> decode(decoder, "<a/>]]>]]>"))
                .isInstanceOf(FramingException.class)
                .hasMessageStartingWith("decoder unusable after an earlier framing error");
    }

}
