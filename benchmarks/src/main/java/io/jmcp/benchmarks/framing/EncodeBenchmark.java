package io.jmcp.benchmarks.framing;

import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.MessageEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Framing one request of {@code messageBytes} bytes (one operation) onto a stream that, like an
 * SSH channel's output stream, copies what it is given into 32 KB packets. MB/s is ops/s times
 * {@code messageBytes}; {@link FramingThroughputReport} prints it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EncodeBenchmark {
    @Param({"END_OF_MESSAGE", "CHUNKED"})
    public Framing framing;

    @Param({"4096", "65536", "1048576", "16777216", "67108864"})
    public int messageBytes;

    private byte[] message;
    private MessageEncoder encoder;
    private final PacketStream channel = new PacketStream();

    @Setup
    public void prepareRequest() {
        message = SyntheticReply.bytes(messageBytes);
        encoder = framing.newEncoder();
    }

    @Benchmark
    public long encode() throws IOException {
        encoder.encode(message, channel);
        return channel.packets;
    }

    /** Copies writes into a packet buffer and counts the packets it would send. */
    static final class PacketStream extends OutputStream {
        private final byte[] packet = new byte[32 * 1024];
        private int filled;
        long packets;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int written = 0;
            while (written < length) {
                int count = Math.min(length - written, packet.length - filled);
                System.arraycopy(bytes, offset + written, packet, filled, count);
                filled += count;
                written += count;
                if (filled == packet.length) {
                    flush();
                }
            }
        }

        @Override
        public void flush() {
            if (filled > 0) {
                packets++;
                filled = 0;
            }
        }
    }
}
