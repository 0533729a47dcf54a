package io.jmcp.benchmarks.framing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of a {@code show route} reply of exactly the requested size, generated as they are
 * read: a Junos {@code <rpc-reply>} header, the same {@code <rt>} entry repeated, whitespace
 * padding, and the closing tags. Large replies never sit in memory whole, so a harness measures
 * what the decoder keeps, not what the generator holds.
 */
final class SyntheticReply extends InputStream {
    private static final byte[] HEADER = ascii("""
            <rpc-reply xmlns:junos="http://xml.juniper.net/junos/21.4R0/junos" message-id="1">
            <route-information xmlns="http://xml.juniper.net/junos/21.4R0/junos-routing">
            <route-table>
            <table-name>inet.0</table-name>
            """);
    private static final byte[] ENTRY = ascii("""
            <rt junos:style="brief">
            <rt-destination>203.0.113.0/24</rt-destination>
            <rt-entry>
            <active-tag>*</active-tag>
            <current-active/>
            <last-active/>
            <protocol-name>BGP</protocol-name>
            <preference>170</preference>
            <age junos:seconds="1234567">2w0d 06:56:07</age>
            <as-path>65001 65002 I</as-path>
            <nh>
            <selected-next-hop/>
            <to>192.0.2.1</to>
            <via>ge-0/0/0.0</via>
            </nh>
            </rt-entry>
            </rt>
            """);
    private static final byte[] FOOTER = ascii("""
            </route-table>
            </route-information>
            </rpc-reply>
            """);
    /** Smallest reply: header and footer. */
    static final int MIN_BYTES = HEADER.length + FOOTER.length;

    private final long size;
    private final long entriesEnd;
    private final long paddingEnd;
    private long position;

    SyntheticReply(long size) {
        if (size < MIN_BYTES) {
            throw new IllegalArgumentException("a synthetic reply has at least " + MIN_BYTES + " bytes, not " + size);
        }
        this.size = size;
        long entries = (size - MIN_BYTES) / ENTRY.length;
        this.entriesEnd = HEADER.length + entries * ENTRY.length;
        this.paddingEnd = size - FOOTER.length;
    }

    /** The whole reply in one array, for benchmarks that need it ready before measuring. */
    static byte[] bytes(int size) {
        return new SyntheticReply(size).readNBytesUnchecked(size);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (position == size) {
            return -1;
        }
        int total = 0;
        while (total < length && position < size) {
            int count = copyFromCurrentPart(target, offset + total, length - total);
            position += count;
            total += count;
        }
        return total;
    }

    /** Copies from the part {@link #position} is in, up to that part's end. */
    private int copyFromCurrentPart(byte[] target, int offset, int length) {
        if (position < HEADER.length) {
            return copy(HEADER, (int) position, target, offset, length);
        }
        if (position < entriesEnd) {
            return copy(ENTRY, (int) ((position - HEADER.length) % ENTRY.length), target, offset, length);
        }
        if (position < paddingEnd) {
            int count = (int) Math.min(length, paddingEnd - position);
            Arrays.fill(target, offset, offset + count, (byte) ' ');
            return count;
        }
        return copy(FOOTER, (int) (position - paddingEnd), target, offset, length);
    }

    private static int copy(byte[] part, int from, byte[] target, int offset, int length) {
        int count = Math.min(length, part.length - from);
        System.arraycopy(part, from, target, offset, count);
        return count;
    }

    private byte[] readNBytesUnchecked(int count) {
        byte[] all = new byte[count];
        int read = read(all, 0, count);
        if (read != count) {
            throw new IllegalStateException("generated " + read + " of " + count + " bytes");
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
