package io.jmcp.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An output as UTF-8 bytes with the offset of each line, so that any page of it is found without
 * scanning. A line is its text and its '\n'; the last line may lack one.
 */
final class OutputText {
    private final byte[] bytes;
    private final int[] lineStarts;

    private OutputText(byte[] bytes, int[] lineStarts) {
        this.bytes = bytes;
        this.lineStarts = lineStarts;
    }

    static OutputText of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new OutputText(bytes, lineStarts(bytes));
    }

    static int utf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static int[] lineStarts(byte[] bytes) {
        int[] starts = new int[1024];
        int count = 0;
        int position = 0;
        while (position < bytes.length) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = position;
            position = endOfLine(bytes, position);
        }
        return Arrays.copyOf(starts, count);
    }

    private static int endOfLine(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return bytes.length;
    }

    byte[] bytes() {
        return bytes;
    }

    long size() {
        return bytes.length;
    }

    /** Bytes this index takes besides the text. */
    long indexSize() {
        return 4L * lineStarts.length;
    }

    int[] lineStarts() {
        return lineStarts;
    }
}
