package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The base:1.0 delimiter {@code ]]>]]>}: finding it in bytes, whole or cut at a buffer's end. */
final class EndOfMessageDelimiter {
    static final byte[] BYTES = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    static final int LENGTH = BYTES.length;
    private static final int LAST = LENGTH - 1;

    /** KMP failure function: the longest proper prefix of BYTES[0..i] that is also its suffix. */
    private static final int[] FALLBACK = fallbacks();

    private EndOfMessageDelimiter() {
    }

    /**
     * Index of the first delimiter wholly inside {@code bytes[from, to)}, or -1. Horspool search:
     * it tests the byte under the delimiter's last position and skips up to six bytes at a time,
     * since XML has few '>' and fewer ']'.
     */
    static int indexIn(ByteBuffer bytes, int from, int to) {
        int at = from;
        int lastStart = to - LENGTH;
        while (at <= lastStart) {
            byte underLast = bytes.get(at + LAST);
            if (underLast == '>') {
                if (matchesAt(bytes, at)) {
                    return at;
                }
                at += 3; // the delimiter's other '>' is 3 bytes before its end
            } else if (underLast == ']') {
                at += 1; // its nearest ']' is 1 byte before its end
            } else {
                at += LENGTH;
            }
        }
        return -1;
    }

    /** Length of the longest delimiter prefix that {@code bytes[from, to)} ends with, 0..5. */
    static int prefixLengthAtEnd(ByteBuffer bytes, int from, int to) {
        for (int length = Math.min(LAST, to - from); length > 0; length--) {
            if (startsWithPrefix(bytes, to - length, length)) {
                return length;
            }
        }
        return 0;
    }

    /** Delimiter bytes matched after one more byte, given {@code matched} matched before it. */
    static int advance(int matched, byte next) {
        int state = matched;
        while (state > 0 && BYTES[state] != next) {
            state = FALLBACK[state - 1];
        }
        return BYTES[state] == next ? state + 1 : 0;
    }

    private static boolean matchesAt(ByteBuffer bytes, int at) {
        return startsWithPrefix(bytes, at, LENGTH);
    }

    private static boolean startsWithPrefix(ByteBuffer bytes, int at, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes.get(at + i) != BYTES[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] fallbacks() {
        int[] fallback = new int[LENGTH];
        for (int i = 1, length = 0; i < LENGTH; i++) {
            while (length > 0 && BYTES[i] != BYTES[length]) {
                length = fallback[length - 1];
            }
            if (BYTES[i] == BYTES[length]) {
                length++;
            }
            fallback[i] = length;
        }
        return fallback;
    }
}
