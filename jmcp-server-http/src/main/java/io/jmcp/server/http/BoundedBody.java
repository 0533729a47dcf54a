package io.jmcp.server.http;

import jakarta.servlet.ServletInputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body up to an exact byte limit, whether it comes with a Content-Length or
 * chunked. A body over the limit is read on and thrown away (up to {@link #DISCARD_ALLOWANCE} more
 * bytes), so that the client finishes sending and reads the refusal instead of a reset connection.
 */
final class BoundedBody {
    /** How much of a refused body is still read and thrown away; beyond it the connection is dropped. */
    static final long DISCARD_ALLOWANCE = 64L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {
    }

    /** The whole body, or empty when it is longer than {@code maxBytes}. */
    static Optional<byte[]> read(ServletInputStream in, long declaredLength, int maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            discard(in, declaredLength);
            return Optional.empty();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.max(0, Math.min(declaredLength, CHUNK)));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
            total += read;
            if (total > maxBytes) {
                discard(in, DISCARD_ALLOWANCE);
                return Optional.empty();
            }
            body.write(chunk, 0, read);
        }
        return Optional.of(body.toByteArray());
    }

    private static void discard(InputStream in, long declaredLength) throws IOException {
        long budget = Math.min(declaredLength, DISCARD_ALLOWANCE);
        byte[] chunk = new byte[CHUNK];
        for (long discarded = 0; discarded < budget; ) {
            int read = in.read(chunk);
            if (read == -1) {
                return;
            }
            discarded += read;
        }
    }
}
