package io.jmcp.netconf.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One NETCONF message (UTF-8 XML), its framing removed. The bytes are held once, as the segments
 * they arrived in, so a large reply is never copied whole: read it with {@link #openStream()}.
 */
public final class NetconfMessage {
    private final List<Segment> segments;
    private final long size;

    private NetconfMessage(List<Segment> segments, long size) {
        this.segments = segments;
        this.size = size;
    }

    public static NetconfMessage of(String xml) {
        return of(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static NetconfMessage of(byte[] bytes) {
        return builder().append(bytes).build();
    }

    /** Collects the segments of one message as a decoder finds them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Length in bytes. */
    public long size() {
        return size;
    }

    /** A fresh stream over the message's bytes; may be opened any number of times. */
    public InputStream openStream() {
        return new SegmentsInputStream(segments);
    }

    /** The message decoded as UTF-8. Copies it: prefer {@link #openStream()} for large replies. */
    public String asString() {
        if (segments.size() == 1) {
            Segment only = segments.get(0);
            return new String(only.bytes, 0, only.length, StandardCharsets.UTF_8);
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a message of " + size + " bytes does not fit in a String; read it with openStream()");
        }
        byte[] whole = new byte[(int) size];
        int offset = 0;
        for (Segment segment : segments) {
            System.arraycopy(segment.bytes, 0, whole, offset, segment.length);
            offset += segment.length;
        }
        return new String(whole, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "NetconfMessage[" + size + " bytes]";
    }

    /** The first {@code length} bytes of {@code bytes}: decoders fill segments that may end part-used. */
    private record Segment(byte[] bytes, int length) {
    }

    /** Accumulates segments; each appended array is kept, not copied, and must not be changed after. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private long size;

        private Builder() {
        }

        public Builder append(byte[] segment) {
            return append(segment, segment.length);
        }

        /** Keeps the first {@code length} bytes of {@code segment}. */
        Builder append(byte[] segment, int length) {
            Objects.checkFromIndexSize(0, length, segment.length);
            if (length > 0) {
                segments.add(new Segment(segment, length));
                size += length;
            }
            return this;
        }

        public long size() {
            return size;
        }

        public NetconfMessage build() {
            return new NetconfMessage(List.copyOf(segments), size);
        }
    }

    /** Reads the segments in order, in bulk, without joining them. */
    private static final class SegmentsInputStream extends InputStream {
        private final List<Segment> segments;
        private int segmentIndex;
        private int offsetInSegment;

        SegmentsInputStream(List<Segment> segments) {
            this.segments = segments;
        }

        @Override
        public int read() {
            Segment current = current();
            if (current == null) {
                return -1;
            }
            return current.bytes[offsetInSegment++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, target.length);
            if (length == 0) {
                return 0;
            }
            Segment current = current();
            if (current == null) {
                return -1;
            }
            int count = Math.min(length, current.length - offsetInSegment);
            System.arraycopy(current.bytes, offsetInSegment, target, offset, count);
            offsetInSegment += count;
            return count;
        }

        @Override
        public long skip(long count) {
            long skipped = 0;
            Segment current;
            while (skipped < count && (current = current()) != null) {
                int step = (int) Math.min(count - skipped, current.length - offsetInSegment);
                offsetInSegment += step;
                skipped += step;
            }
            return skipped;
        }

        @Override
        public int available() {
            Segment current = current();
            return current == null ? 0 : current.length - offsetInSegment;
        }

        @Override
        public long transferTo(OutputStream out) throws IOException {
            long transferred = 0;
            Segment current;
            while ((current = current()) != null) {
                int count = current.length - offsetInSegment;
                out.write(current.bytes, offsetInSegment, count);
                offsetInSegment += count;
                transferred += count;
            }
            return transferred;
        }

        /** The segment holding the next unread byte, or null at the end. */
        private Segment current() {
            while (segmentIndex < segments.size()) {
                Segment segment = segments.get(segmentIndex);
                if (offsetInSegment < segment.length) {
                    return segment;
                }
                segmentIndex++;
                offsetInSegment = 0;
            }
            return null;
        }
    }
}
