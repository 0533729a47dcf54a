package io.jmcp.core.auth;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive right to change a token file, held on a sibling {@code <file>.lock}. File locks belong to
 * the whole JVM (a second lock from another thread would fail, not wait), so threads of this process
 * first queue on an in-process lock per file, then the holder takes the file lock against other
 * processes. The lock file is left in place: deleting it would let two writers lock different files.
 */
final class TokenFileLock implements AutoCloseable {

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 20;

    private final ReentrantLock threadLock;
    private final FileChannel channel;

    private TokenFileLock(ReentrantLock threadLock, FileChannel channel) {
        this.threadLock = threadLock;
        this.channel = channel;
    }

    static TokenFileLock acquire(Path tokenFile, Duration timeout) {
        Path lockFile = tokenFile.resolveSibling(tokenFile.getFileName() + ".lock");
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        try {
            if (!threadLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(lockFile, timeout);
            }
        } catch (InterruptedException e) {
            throw interrupted(lockFile, e);
        }
        try {
            FileChannel channel = OwnerOnlyFiles.openForWriting(lockFile);
            lockWithin(channel, lockFile, deadline, timeout);
            return new TokenFileLock(threadLock, channel);
        } catch (IOException e) {
            threadLock.unlock();
            throw new TokenStoreException("Cannot lock " + lockFile + ": " + e, e);
        } catch (InterruptedException e) {
            threadLock.unlock();
            throw interrupted(lockFile, e);
        } catch (RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    /** Polls because {@link FileChannel#lock()} would wait for ever on a stuck writer. */
    private static void lockWithin(FileChannel channel, Path lockFile, long deadline, Duration timeout)
            throws IOException, InterruptedException {
        try {
            while (channel.tryLock() == null) {
                if (System.nanoTime() - deadline >= 0) {
                    throw busy(lockFile, timeout);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static TokenStoreException interrupted(Path lockFile, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new TokenStoreException("Interrupted while waiting for the lock on " + lockFile, e);
    }

    private static TokenStoreException busy(Path lockFile, Duration timeout) {
        return new TokenStoreException("Another writer has held " + lockFile + " for more than "
                + timeout.toMillis() + " ms; try again, or check for a stuck jmcp-token-cli");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the original error says more.
        }
    }

    /** Closing the channel releases the file lock with it. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new TokenStoreException("Cannot release the token file lock: " + e, e);
        } finally {
            threadLock.unlock();
        }
    }
}
