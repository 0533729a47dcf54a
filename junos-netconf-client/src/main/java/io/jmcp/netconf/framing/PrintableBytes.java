package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;

/** Renders received bytes for an error message: quoted, control bytes escaped, truncated. */
final class PrintableBytes {
    static final int MAX_SHOWN = 40;

    private PrintableBytes() {
    }

    /** The bytes of {@code input} from {@code index} to its limit, at most {@link #MAX_SHOWN} of them. */
    static String from(ByteBuffer input, int index) {
        int end = Math.min(input.limit(), index + MAX_SHOWN);
        StringBuilder shown = new StringBuilder("\"");
        for (int i = index; i < end; i++) {
            appendEscaped(shown, input.get(i) & 0xff);
        }
        shown.append('"');
        if (end < input.limit()) {
            shown.append("...");
        }
        return shown.toString();
    }

    private static void appendEscaped(StringBuilder shown, int b) {
        switch (b) {
            case '\n' -> shown.append("\\n");
            case '\r' -> shown.append("\\r");
            case '\t' -> shown.append("\\t");
            case '"' -> shown.append("\\\"");
            case '\\' -> shown.append("\\\\");
            default -> {
                if (b >= 0x20 && b < 0x7f) {
                    shown.append((char) b);
                } else {
                    shown.append(String.format("\\x%02x", b));
                }
            }
        }
    }
}
