package io.jmcp.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;

/**
 * The whole output of one cut result, kept for its owner to page through: its bytes in memory or
 * in a file of the output folder, and the offset of each line.
 */
public final class HeldOutput {
    private final String id;
    private final String owner;
    private final String source;
    private final Instant expires;
    private final int[] lineStarts;
    private final long size;
    private final byte[] bytes;
    private final Path file;

    private HeldOutput(String id, String owner, String source, Instant expires, OutputText text, Path file) {
        this.id = id;
        this.owner = owner;
        this.source = source;
        this.expires = expires;
        this.lineStarts = text.lineStarts();
        this.size = text.size();
        this.bytes = file == null ? text.bytes() : null;
        this.file = file;
    }

    static HeldOutput inMemory(String id, String owner, String source, Instant expires, OutputText text) {
        return new HeldOutput(id, owner, source, expires, text, null);
    }

    static HeldOutput onDisk(String id, String owner, String source, Instant expires, OutputText text, Path file) {
        return new HeldOutput(id, owner, source, expires, text, file);
    }

    /** The unguessable name of this output, the last segment of its URI. */
    public String id() {
        return id;
    }

    /** The URI clients read it at: {@code jmcp://outputs/{id}}. */
    public String uri() {
        return HeldOutputResource.uriOf(id);
    }

    String owner() {
        return owner;
    }

    /** What produced it (a tool call or a resource URI); a repeated call with the same source finds it. */
    String source() {
        return source;
    }

    Instant expires() {
        return expires;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Its size in UTF-8 bytes. */
    public long size() {
        return size;
    }

    /** Bytes of memory it takes (the index alone when its text is on disk). */
    long memoryUse() {
        return 4L * lineStarts.length + (bytes == null ? 0 : bytes.length);
    }

    /** Bytes of the budget it takes: its text wherever it lives, and its index. */
    long budgetUse() {
        return 4L * lineStarts.length + size;
    }

    boolean isOnDisk() {
        return file != null;
    }

    /**
     * The lines from {@code offset} that fit in {@code maxBytes}; when even the first does not fit,
     * as much of it as fits, cut at a character boundary.
     *
     * @throws IllegalArgumentException when {@code offset} is not a line of this output
     */
    public Page page(int offset, int maxBytes) {
        if (offset < 0 || offset >= lineStarts.length) {
            throw new IllegalArgumentException("offset " + offset + " is past the end: the output has "
                    + lineStarts.length + " lines (offsets 0 to " + (lineStarts.length - 1) + ")");
        }
        long from = lineStarts[offset];
        int end = lastLineEndingWithin(from + maxBytes);
        if (end > offset) {
            return new Page(read(from, (int) (start(end) - from)), offset, end - offset, false);
        }
        byte[] head = readBytes(from, maxBytes);
        int length = maxBytes;
        while (length > 0 && (head[length] & 0xC0) == 0x80) {
            length--;
        }
        return new Page(new String(head, 0, length, StandardCharsets.UTF_8), offset, 1, true);
    }

    void delete() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot delete the kept output " + file, failure);
            }
        }
    }

    /** The first line (index) that starts after {@code limit}, i.e. lines before it end at or before it. */
    private int lastLineEndingWithin(long limit) {
        if (limit >= size) {
            return lineStarts.length;
        }
        int found = Arrays.binarySearch(lineStarts, (int) limit);
        return found >= 0 ? found : -found - 2;
    }

    private long start(int line) {
        return line >= lineStarts.length ? size : lineStarts[line];
    }

    private String read(long from, int length) {
        if (bytes != null) {
            return new String(bytes, (int) from, length, StandardCharsets.UTF_8);
        }
        return new String(readBytes(from, length), 0, length, StandardCharsets.UTF_8);
    }

    /** {@code length} bytes from {@code from}, plus one more when there is one (to find a character boundary). */
    private byte[] readBytes(long from, int length) {
        int wanted = (int) Math.min(length + 1L, size - from);
        if (bytes != null) {
            return Arrays.copyOfRange(bytes, (int) from, (int) from + wanted);
        }
        ByteBuffer buffer = ByteBuffer.allocate(wanted);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
                // read until full; the file holds at least size bytes
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the kept output " + id + " from " + file, failure);
        }
        return buffer.array();
    }
}
