package io.jmcp.server.stdio;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Splits stdin into the newline-delimited messages of the MCP stdio transport, as bytes (decoding is
 * the parser's, so that invalid UTF-8 is reported, not replaced). A line longer than the limit is
 * skipped to its end and reported, so one oversized message costs neither memory nor the session.
 */
final class ProtocolLineReader {
    /** A line, or the news that one was too long. */
    record Line(byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;

    ProtocolLineReader(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in);
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or empty at end of input. */
    Optional<Line> next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() < maxBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b == -1 && line.size() == 0 && !tooLong) {
            return Optional.empty();
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return Optional.of(new Line(tooLong ? new byte[0] : bytes, tooLong));
    }
}
