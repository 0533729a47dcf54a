package io.jmcp.benchmarks.transaction;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The process's CPU time split by side: the simulated routers (the simulator's SSH server and
 * workers, which a real fleet runs on the routers), jmcp (every other Java thread: the client's
 * SSH I/O, the transaction and pool threads) and the JVM itself (garbage collection, JIT: process
 * CPU minus all Java threads, this sampler's own thread included). Thread names tell the sides apart. Threads come and go during a
 * transaction, so a daemon thread samples every live thread's CPU time every few milliseconds and
 * keeps each thread's last figure after it ended: a thread's work after its last sample is lost
 * (at most one interval), and lands in the JVM's share.
 */
final class SideCpuSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 20;

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<Long, Side> sideById = new HashMap<>();
    private final Map<Long, Long> cpuById = new HashMap<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread sampler;

    /** CPU time in nanoseconds per side, since the process started. */
    record Split(long routers, long jmcp, long jvm) {
        Split minus(Split earlier) {
            return new Split(routers - earlier.routers, jmcp - earlier.jmcp, jvm - earlier.jvm);
        }

        String describe() {
            return String.format("jmcp %,d ms, routers %,d ms, JVM (GC, JIT) %,d ms", jmcp / 1_000_000,
                    routers / 1_000_000, jvm / 1_000_000);
        }
    }

    private enum Side { ROUTERS, JMCP }

    SideCpuSampler() {
        threads.setThreadCpuTimeEnabled(true);
        sampler = new Thread(this::sampleUntilClosed, "benchmark-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The split now (samples once more first). */
    synchronized Split split() {
        sample();
        long routers = 0;
        long jmcp = 0;
        for (Map.Entry<Long, Long> thread : cpuById.entrySet()) {
            if (sideById.get(thread.getKey()) == Side.ROUTERS) {
                routers += thread.getValue();
            } else {
                jmcp += thread.getValue();
            }
        }
        return new Split(routers, jmcp, Math.max(0, system.getProcessCpuTime() - routers - jmcp));
    }

    @Override
    public void close() {
        stop.countDown();
    }

    private void sampleUntilClosed() {
        try {
            while (!stop.await(INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
                synchronized (this) {
                    sample();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] < 0 || Thread.currentThread().getId() == ids[i]) {
                continue;
            }
            if (!sideById.containsKey(ids[i])) {
                ThreadInfo info = threads.getThreadInfo(ids[i]);
                if (info == null) {
                    continue;
                }
                sideById.put(ids[i], sideOf(info.getThreadName()));
            }
            cpuById.put(ids[i], cpu[i]);
        }
    }

    /** The simulator's SSH server threads and its workers and timer; everything else is jmcp's. */
    private static Side sideOf(String threadName) {
        return threadName.contains("SshServer") || threadName.startsWith("simulator-") ? Side.ROUTERS : Side.JMCP;
    }
}
