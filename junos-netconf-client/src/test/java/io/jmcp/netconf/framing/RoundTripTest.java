package io.jmcp.netconf.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import io.jmcp.netconf.JunosReplies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever an encoder frames, the matching decoder gives back byte for byte, however it is cut. */
class RoundTripTest {
    /** Bytes that matter to one framing or the other, over-represented among random content. */
    private static final byte[] FRAMING_BYTES = "]]>]]>\n##\n#123\n<".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[] encode(Framing framing, List<byte[]> messages) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        MessageEncoder encoder = framing.newEncoder();
        for (byte[] message : messages) {
            encoder.encode(message, stream);
        }
        return stream.toByteArray();
    }

    private static byte[] bytesOf(NetconfMessage message) {
        try (InputStream in = message.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Random content starting with '<' (as XML does, and end-of-message framing requires), made
     * of random bytes and framing bytes, retried until end-of-message framing can carry it.
     */
    private static byte[] randomMessage(Random random) {
        while (true) {
            byte[] message = new byte[1 + random.nextInt(random.nextInt(10) == 0 ? 200_000 : 300)];
            random.nextBytes(message);
            for (int i = 0; i < message.length; i++) {
                if (random.nextBoolean()) {
                    message[i] = FRAMING_BYTES[random.nextInt(FRAMING_BYTES.length)];
                }
            }
            message[0] = '<';
            if (sendableWithEndOfMessageFraming(message)) {
                return message;
            }
        }
    }

    private static boolean sendableWithEndOfMessageFraming(byte[] message) {
        try {
            Framing.END_OF_MESSAGE.newEncoder().encode(message, ByteArrayOutputStream.nullOutputStream());
            return true;
        } catch (io.jmcp.netconf.error.NetconfException | IOException refused) {
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void randomMessagesSurviveRandomCuts(Framing framing) throws IOException {
        Random random = new Random(6242);
        for (int round = 0; round < 50; round++) {
            List<byte[]> messages = new ArrayList<>();
            for (int count = 1 + random.nextInt(5); count > 0; count--) {
                messages.add(randomMessage(random));
            }
            List<NetconfMessage> decoded = Feeder.randomly(framing.newDecoder(), encode(framing, messages), random);
            assertThat(decoded).hasSameSizeAs(messages);
            for (int i = 0; i < messages.size(); i++) {
                assertThat(bytesOf(decoded.get(i))).as("round %d message %d", round, i).isEqualTo(messages.get(i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void realJunosRepliesSurviveRandomCuts(Framing framing) throws IOException {
        List<byte[]> replies = realJunosReplies();
        List<NetconfMessage> decoded = Feeder.randomly(framing.newDecoder(), encode(framing, replies), new Random(42));
        assertThat(decoded).hasSameSizeAs(replies);
        for (int i = 0; i < replies.size(); i++) {
            assertThat(bytesOf(decoded.get(i))).isEqualTo(replies.get(i));
        }
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void twentyMegabyteMessageDecodesToExactlyItsBytesFromThirtyTwoKilobyteReads(Framing framing) throws IOException {
        byte[] message = new byte[20 * 1024 * 1024];
        new Random(20).nextBytes(message);
        message[0] = '<';
        for (int i = 1; i < message.length; i++) {
            if (message[i] == ']') {
                message[i] = '>';
            }
        }
        List<NetconfMessage> decoded = Feeder.inPiecesOf(32 * 1024, framing.newDecoder(), encode(framing, List.of(message)));
        assertThat(decoded).hasSize(1);
        assertThat(decoded.get(0).size()).isEqualTo(message.length);
        assertThat(bytesOf(decoded.get(0))).isEqualTo(message);
    }

    /** The XML replies captured from real devices, each a message as a device sends it. */
    private static List<byte[]> realJunosReplies() throws IOException {
        List<byte[]> replies = new ArrayList<>();
        for (String reply : JunosReplies.named(name -> name.endsWith(".xml"))) {
            replies.add(Files.readAllBytes(JunosReplies.path(reply)));
        }
        assertThat(replies).as("replies in %s", JunosReplies.root()).hasSizeGreaterThan(100);
        return replies;
    }
}
