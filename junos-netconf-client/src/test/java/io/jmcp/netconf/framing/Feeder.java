package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Feeds a framed byte stream to a decoder the way a transport does: piece by piece through one
 * reused read buffer, which is overwritten after every call so that a decoder keeping references
 * into it instead of copying would hand out corrupted messages. The buffer is a slice that starts
 * part-way into its array, so that a decoder ignoring the array offset fails too.
 */
final class Feeder {
    private static final int ARRAY_OFFSET = 7;
    private final MessageDecoder decoder;
    private final ByteBuffer readBuffer;
    private final List<NetconfMessage> messages = new ArrayList<>();

    private Feeder(MessageDecoder decoder, int largestPiece) {
        this.decoder = decoder;
        this.readBuffer = ByteBuffer.allocate(ARRAY_OFFSET + Math.max(1, largestPiece)).position(ARRAY_OFFSET).slice();
    }

    /** Decodes {@code stream} cut at the given offsets; returns the messages as strings. */
    static List<String> cutAt(MessageDecoder decoder, byte[] stream, int... cuts) {
        List<Integer> pieces = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            pieces.add(cut - previous);
            previous = cut;
        }
        pieces.add(stream.length - previous);
        return strings(feed(decoder, stream, pieces));
    }

    static List<String> cutAt(MessageDecoder decoder, String stream, int... cuts) {
        return cutAt(decoder, bytes(stream), cuts);
    }

    /** Decodes {@code stream} in pieces of {@code pieceSize} bytes (the last may be shorter). */
    static List<NetconfMessage> inPiecesOf(int pieceSize, MessageDecoder decoder, byte[] stream) {
        List<Integer> pieces = new ArrayList<>();
        for (int offset = 0; offset < stream.length; offset += pieceSize) {
            pieces.add(Math.min(pieceSize, stream.length - offset));
        }
        return feed(decoder, stream, pieces);
    }

    static List<String> oneByteAtATime(MessageDecoder decoder, String stream) {
        return strings(inPiecesOf(1, decoder, bytes(stream)));
    }

    /** Decodes {@code stream} in pieces of random sizes, mostly small, sometimes large. */
    static List<NetconfMessage> randomly(MessageDecoder decoder, byte[] stream, Random random) {
        List<Integer> pieces = new ArrayList<>();
        int left = stream.length;
        while (left > 0) {
            int largest = random.nextInt(4) == 0 ? 65_536 : 16;
            int piece = Math.min(left, 1 + random.nextInt(largest));
            pieces.add(piece);
            left -= piece;
        }
        return feed(decoder, stream, pieces);
    }

    private static List<NetconfMessage> feed(MessageDecoder decoder, byte[] stream, List<Integer> pieces) {
        Feeder feeder = new Feeder(decoder, pieces.stream().mapToInt(Integer::intValue).max().orElse(1));
        int offset = 0;
        for (int piece : pieces) {
            feeder.feed(stream, offset, piece);
            offset += piece;
        }
        decoder.endOfInput();
        return feeder.messages;
    }

    private void feed(byte[] stream, int offset, int length) {
        readBuffer.clear();
        readBuffer.put(stream, offset, length).flip();
        decoder.decode(readBuffer, messages::add);
        if (readBuffer.hasRemaining()) {
            throw new AssertionError("decoder left " + readBuffer.remaining() + " bytes unread");
        }
        Arrays.fill(readBuffer.array(), (byte) '?');
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> strings(List<NetconfMessage> messages) {
        return messages.stream().map(NetconfMessage::asString).toList();
    }
}
