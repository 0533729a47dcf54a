package io.jmcp.benchmarks.framing;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.MessageDecoder;
import io.jmcp.netconf.framing.NetconfMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Streams a 100 MB chunked reply, framed as a device frames it and generated as it is read,
 * through the decoder in 32 KB reads, then checks the decoded message byte for byte. Prints the
 * heap that took, above a baseline measured after System.gc(): the peak heap in use, seen both
 * just before every garbage collection (GC notifications) and after every read. Target: no more
 * than twice the reply's size.
 */
public final class ChunkedReplyHeapHarness {
    private static final long REPLY_BYTES = 100L * 1000 * 1000;
    private static final int READ_BYTES = DecodeBenchmark.READ_BYTES;

    private final AtomicLong peakHeapUsed = new AtomicLong();
    private long decoderNanos;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(pool -> pool.getName())
            .collect(Collectors.toSet());

    private ChunkedReplyHeapHarness() {
    }

    public static void main(String[] args) throws IOException {
        new ChunkedReplyHeapHarness().run();
    }

    private void run() throws IOException {
        long baseline = settledHeapUsed();
        listenToGarbageCollections();
        peakHeapUsed.set(baseline);

        NetconfMessage reply = decodeStreamedReply();
        recordHeapUsed();

        boolean intact = sameBytes(reply.openStream(), new SyntheticReply(REPLY_BYTES));
        long peakAboveBaseline = peakHeapUsed.get() - baseline;
        double ratio = (double) peakAboveBaseline / REPLY_BYTES;
        System.out.printf("reply:                 %,d bytes, chunked in %d-byte chunks, fed in %d-byte reads%n",
                REPLY_BYTES, DeviceFraming.DEVICE_CHUNK_BYTES, READ_BYTES);
        System.out.printf("decoded:               %,d bytes, identical to what was sent: %s%n", reply.size(), intact);
        System.out.printf("time in the decoder:   %.0f ms (%.0f MB/s, cold JVM; see DecodeBenchmark for warm figures)%n",
                decoderNanos / 1e6, REPLY_BYTES / (decoderNanos / 1e9) / 1e6);
        System.out.printf("heap baseline:         %,d bytes (after System.gc())%n", baseline);
        System.out.printf("peak heap above it:    %,d bytes = %.2f x the reply (target <= 2.00): %s%n",
                peakAboveBaseline, ratio, ratio <= 2.0 ? "MET" : "MISSED");
        if (!intact || ratio > 2.0) {
            System.exit(1);
        }
    }

    private NetconfMessage decodeStreamedReply() throws IOException {
        MessageDecoder decoder = Framing.CHUNKED.newDecoder();
        List<NetconfMessage> messages = new ArrayList<>(1);
        byte[] read = new byte[READ_BYTES];
        ByteBuffer readBuffer = ByteBuffer.wrap(read);
        try (InputStream device = DeviceFraming.frame(Framing.CHUNKED, new SyntheticReply(REPLY_BYTES))) {
            for (int count = device.read(read); count != -1; count = device.read(read)) {
                readBuffer.clear().limit(count);
                long started = System.nanoTime();
                decoder.decode(readBuffer, messages::add);
                decoderNanos += System.nanoTime() - started;
                recordHeapUsed();
            }
        }
        decoder.endOfInput();
        if (messages.size() != 1) {
            throw new IllegalStateException("expected one message, decoded " + messages.size());
        }
        return messages.get(0);
    }

    private static boolean sameBytes(InputStream decoded, InputStream sent) throws IOException {
        byte[] left = new byte[READ_BYTES];
        byte[] right = new byte[READ_BYTES];
        while (true) {
            int count = decoded.readNBytes(left, 0, left.length);
            if (sent.readNBytes(right, 0, count) != count || !Arrays.equals(left, 0, count, right, 0, count)) {
                return false;
            }
            if (count < left.length) {
                return sent.read() == -1;
            }
        }
    }

    private static long settledHeapUsed() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void recordHeapUsed() {
        peakHeapUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The heap in use just before each collection is a peak that polling between reads could miss. */
    private void listenToGarbageCollections() {
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed())
                        .sum();
                peakHeapUsed.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
    }
}
