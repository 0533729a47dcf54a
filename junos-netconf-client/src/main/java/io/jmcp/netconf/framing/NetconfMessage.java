package io.jmcp.netconf.framing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One NETCONF message (UTF-8 XML), its framing removed. The bytes are held once, as the segments
 * they arrived in, so a large reply is never copied whole: read it with {@link #openStream()}.
 */
public final class NetconfMessage {
    private final List<byte[]> segments;
    private final long size;

    private NetconfMessage(List<byte[]> segments, long size) {
        this.segments = segments;
        this.size = size;
    }

    public static NetconfMessage of(String xml) {
        return of(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static NetconfMessage of(byte[] bytes) {
        return new NetconfMessage(List.of(bytes), bytes.length);
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
        List<InputStream> streams = new ArrayList<>(segments.size());
        for (byte[] segment : segments) {
            streams.add(new ByteArrayInputStream(segment));
        }
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    /** The message decoded as UTF-8. Copies it: prefer {@link #openStream()} for large replies. */
    public String asString() {
        if (segments.size() == 1) {
            return new String(segments.get(0), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
        try (InputStream in = openStream()) {
            in.transferTo(whole);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return whole.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "NetconfMessage[" + size + " bytes]";
    }

    /** Accumulates segments; each appended array is kept, not copied, and must not be changed after. */
    public static final class Builder {
        private final List<byte[]> segments = new ArrayList<>();
        private long size;

        private Builder() {
        }

        public Builder append(byte[] segment) {
            if (segment.length > 0) {
                segments.add(segment);
                size += segment.length;
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
}
