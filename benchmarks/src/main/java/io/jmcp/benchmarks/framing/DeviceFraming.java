package io.jmcp.benchmarks.framing;

import io.jmcp.netconf.framing.Framing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The device's side of a reply: content framed the way routers send it. Devices cut chunked
 * replies into chunks of about 4 KB (their write size), unlike our encoder's single chunk, and
 * follow {@code ]]>]]>} with a newline.
 */
final class DeviceFraming {
    static final int DEVICE_CHUNK_BYTES = 4096;

    private DeviceFraming() {
    }

    static InputStream frame(Framing framing, InputStream content) {
        return switch (framing) {
            case CHUNKED -> new DeviceChunks(content);
            case END_OF_MESSAGE -> new SequenceInputStream(content,
                    new ByteArrayInputStream("]]>]]>\n".getBytes(StandardCharsets.US_ASCII)));
        };
    }

    /** The framed bytes of a whole message, for benchmarks that need them ready before measuring. */
    static byte[] frameAll(Framing framing, byte[] content) {
        try {
            return frame(framing, new ByteArrayInputStream(content)).readAllBytes();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /**
     * Chunks of {@link #DEVICE_CHUNK_BYTES} content bytes each, then end-of-chunks. Each frame is
     * built in one reused array (data read in after room for its header), so that the device side
     * leaves next to no garbage to blur a heap measurement of the decoder.
     */
    private static final class DeviceChunks extends InputStream {
        private static final byte[] END_OF_CHUNKS = "\n##\n".getBytes(StandardCharsets.US_ASCII);
        private static final int HEADER_ROOM = 16;

        private final InputStream content;
        private final byte[] frame = new byte[HEADER_ROOM + DEVICE_CHUNK_BYTES];
        private byte[] pending = frame;
        private int pendingOffset;
        private int pendingEnd;
        private boolean ended;

        DeviceChunks(InputStream content) {
            this.content = content;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (pendingOffset == pendingEnd && !nextFrame()) {
                return -1;
            }
            int count = Math.min(length, pendingEnd - pendingOffset);
            System.arraycopy(pending, pendingOffset, target, offset, count);
            pendingOffset += count;
            return count;
        }

        /** Prepares the next chunk (header and data) or end-of-chunks; false after the end. */
        private boolean nextFrame() throws IOException {
            if (ended) {
                return false;
            }
            int filled = content.readNBytes(frame, HEADER_ROOM, DEVICE_CHUNK_BYTES);
            if (filled == 0) {
                pending = END_OF_CHUNKS;
                pendingOffset = 0;
                pendingEnd = END_OF_CHUNKS.length;
                ended = true;
            } else {
                byte[] header = ("\n#" + filled + "\n").getBytes(StandardCharsets.US_ASCII);
                pending = frame;
                pendingOffset = HEADER_ROOM - header.length;
                pendingEnd = HEADER_ROOM + filled;
                System.arraycopy(header, 0, frame, pendingOffset, header.length);
            }
            return true;
        }
    }
}
