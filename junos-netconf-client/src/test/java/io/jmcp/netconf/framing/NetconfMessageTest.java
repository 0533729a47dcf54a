package io.jmcp.netconf.framing;

import static io.jmcp.netconf.framing.Feeder.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NetconfMessageTest {
    /** "<a>é</a>" in three segments, the 'é' (two bytes in UTF-8) cut between them, the last part-used. */
    private static NetconfMessage segmented() {
        byte[] whole = bytes("<a>é</a>");
        byte[] lastWithSpare = Arrays.copyOf(Arrays.copyOfRange(whole, 4, 9), 64);
        return NetconfMessage.builder()
                .append(Arrays.copyOfRange(whole, 0, 4))
                .append(new byte[0])
                .append(lastWithSpare, 5)
                .build();
    }

    @Test
    void sizeCountsTheUsedBytesOfEverySegment() {
        assertThat(segmented().size()).isEqualTo(9);
    }

    @Test
    void asStringDecodesCharactersCutBetweenSegments() {
        assertThat(segmented().asString()).isEqualTo("<a>é</a>");
    }

    @Test
    void openStreamReadsTheSegmentsInOrderByteByByte() throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = segmented().openStream()) {
            for (int b = in.read(); b != -1; b = in.read()) {
                read.write(b);
            }
        }
        assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo("<a>é</a>");
    }

    @Test
    void openStreamReadsInBulkAndCanBeOpenedAgain() throws IOException {
        NetconfMessage message = segmented();
        try (InputStream first = message.openStream(); InputStream second = message.openStream()) {
            assertThat(first.readAllBytes()).isEqualTo(bytes("<a>é</a>"));
            assertThat(second.readAllBytes()).isEqualTo(bytes("<a>é</a>"));
        }
    }

    @Test
    void openStreamSkipsAcrossSegments() throws IOException {
        try (InputStream in = segmented().openStream()) {
            assertThat(in.skip(6)).isEqualTo(6);
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("/a>");
            assertThat(in.skip(1)).isZero();
        }
    }

    @Test
    void openStreamTransfersEverySegment() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = segmented().openStream()) {
            assertThat(in.transferTo(out)).isEqualTo(9);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<a>é</a>");
    }

    @Test
    void emptyMessageReadsAsEndOfStream() throws IOException {
        NetconfMessage empty = NetconfMessage.builder().build();
        assertThat(empty.asString()).isEmpty();
        assertThat(empty.openStream().read()).isEqualTo(-1);
    }

    @Test
    void refusesSegmentLengthBeyondItsArray() {
        assertThatThrownBy(() -> NetconfMessage.builder().append(new byte[4], 5))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void ofStringKeepsItsUtf8Bytes() {
        assertThat(NetconfMessage.of("<é/>").size()).isEqualTo(5);
        assertThat(NetconfMessage.of("<é/>").asString()).isEqualTo("<é/>");
    }
}
