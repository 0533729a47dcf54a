package io.jmcp.netconf.ssh;

import io.jmcp.netconf.error.NetconfException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.future.WaitableFuture;

/** The end of the connect timeout, shared by every step of establishing a connection. */
final class Deadline {
    private final Duration timeout;
    private final long endNanos;

    private Deadline(Duration timeout) {
        this.timeout = timeout;
        this.endNanos = System.nanoTime() + timeout.toNanos();
    }

    static Deadline after(Duration timeout) {
        return new Deadline(timeout);
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Waits for {@code future} until the deadline.
     *
     * @return false when time ran out first
     * @throws NetconfException when the waiting thread is interrupted (its interrupt flag is kept)
     */
    boolean await(WaitableFuture future, String step) {
        try {
            return future.await(Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new NetconfException("interrupted while " + step, e);
        } catch (IOException e) {
            throw new NetconfException(step + " failed: " + e.getMessage(), e);
        }
    }
}
