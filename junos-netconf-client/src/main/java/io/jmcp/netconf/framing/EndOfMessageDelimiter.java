package io.jmcp.netconf.framing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
     * since XML has few '>' and fewer ']'. A plain array loop: this is the decoder's hot path.
     */
    static int indexIn(byte[] bytes, int from, int to) {
        int at = from;
        int lastStart = to - LENGTH;
        while (at <= lastStart) {
            byte underLast = bytes[at + LAST];
            if (underLast == '>') {
                if (bytes[at] == ']' && bytes[at + 1] == ']' && bytes[at + 2] == '>' && bytes[at + 3] == ']'
                        && bytes[at + 4] == ']') {
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
    static int prefixLengthAtEnd(byte[] bytes, int from, int to) {
        for (int length = Math.min(LAST, to - from); length > 0; length--) {
            if (Arrays.equals(bytes, to - length, to, BYTES, 0, length)) {
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
