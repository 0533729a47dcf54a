package io.jmcp.benchmarks.framing;

import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.MessageDecoder;
import io.jmcp.netconf.framing.NetconfMessage;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Decoding one framed reply of {@code messageBytes} bytes (one operation), fed in 32 KB reads
 * as an SSH channel delivers them, as a device frames it ({@link DeviceFraming}). MB/s is
 * ops/s times {@code messageBytes}; {@link FramingThroughputReport} prints it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {
    /** What one SSH channel read typically hands over (the usual channel packet size). */
    static final int READ_BYTES = 32 * 1024;

    @Param({"END_OF_MESSAGE", "CHUNKED"})
    public Framing framing;

    @Param({"4096", "65536", "1048576", "16777216", "67108864"})
    public int messageBytes;

    private byte[] framed;
    private ByteBuffer readBuffer;
    private MessageDecoder decoder;
    private NetconfMessage decoded;
    private final Consumer<NetconfMessage> sink = message -> decoded = message;

    @Setup
    public void frameReply() {
        framed = DeviceFraming.frameAll(framing, SyntheticReply.bytes(messageBytes));
        readBuffer = ByteBuffer.wrap(framed);
        decoder = framing.newDecoder();
    }

    @Benchmark
    public NetconfMessage decode() {
        decoded = null;
        for (int offset = 0; offset < framed.length; offset += READ_BYTES) {
            readBuffer.clear().position(offset).limit(Math.min(offset + READ_BYTES, framed.length));
            decoder.decode(readBuffer, sink);
        }
        if (decoded == null || decoded.size() != messageBytes) {
            throw new IllegalStateException("decoded " + decoded + ", expected " + messageBytes + " bytes");
        }
        return decoded;
    }
}
