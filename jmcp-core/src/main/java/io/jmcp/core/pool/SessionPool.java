package io.jmcp.core.pool;

import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.SessionLostException;
import io.jmcp.netconf.error.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * NETCONF sessions to the inventory's devices, opened lazily and reused across tool calls.
 *
 * <p>A session is checked for liveness before reuse and closed after {@link PoolSettings#idleTimeout()}
 * unused. At most {@link PoolSettings#maxSessionsPerDevice()} sessions per device and
 * {@link PoolSettings#maxSessions()} in total are open; callers beyond that wait, within their
 * timeout. When a device's inventory entry changes or disappears its sessions are closed (those
 * in use when they come back). {@link #close()} closes every session, including those in use.
 *
 * <p>All state is guarded by one lock that is never held during network I/O.
 *
 * <p>The pool also holds what configuration changes share across calls: the per-router
 * {@link RouterChangeQueue}, the {@link ChangeSettings}, and the {@link ReachabilityProof}, which
 * opens sessions of its own, outside the pool.
 */
public final class SessionPool implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SessionPool.class);
    private static final Duration LONGEST_EVICTION_INTERVAL = Duration.ofSeconds(30);

    private final DeviceRegistry registry;
    private final PoolSettings settings;
    private final ChangeSettings changeSettings;
    private final RouterChangeQueue changeQueue = new RouterChangeQueue();
    private final ReachabilityProof reachabilityProof;
    private final LongSupplier idleClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition sessionReleased = lock.newCondition();
    private final Map<String, DeviceSessions> byDevice = new HashMap<>();
    private final Set<JunosDevice> lent = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ScheduledExecutorService evictor;
    private int open;
    private boolean closed;

    private SessionPool(DeviceRegistry registry, PoolSettings settings, ChangeSettings changeSettings,
            LongSupplier idleClock) {
        this.registry = registry;
        this.settings = settings;
        this.changeSettings = changeSettings;
        this.reachabilityProof = new ReachabilityProof(registry, settings.connectTimeout());
        this.idleClock = idleClock;
        this.evictor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jmcp-session-evictor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A pool over {@code registry}'s devices that follows its changes, with the default change settings. */
    public static SessionPool create(DeviceRegistry registry, PoolSettings settings) {
        return create(registry, settings, ChangeSettings.defaults());
    }

    /** A pool over {@code registry}'s devices that follows its changes. */
    public static SessionPool create(DeviceRegistry registry, PoolSettings settings, ChangeSettings changeSettings) {
        return create(registry, settings, changeSettings, System::nanoTime);
    }

    /** With {@code idleClock} (nanoseconds) measuring how long sessions are idle; for tests. */
    static SessionPool create(DeviceRegistry registry, PoolSettings settings, LongSupplier idleClock) {
        return create(registry, settings, ChangeSettings.defaults(), idleClock);
    }

    private static SessionPool create(DeviceRegistry registry, PoolSettings settings, ChangeSettings changeSettings,
            LongSupplier idleClock) {
        SessionPool pool = new SessionPool(registry, settings, changeSettings, idleClock);
        registry.addListener((current, change) -> pool.invalidate(change.affected()));
        long interval = Math.min(settings.idleTimeout().toMillis() / 2, LONGEST_EVICTION_INTERVAL.toMillis());
        pool.evictor.scheduleWithFixedDelay(pool::evictIdleSessions, interval, Math.max(interval, 1),
                TimeUnit.MILLISECONDS);
        return pool;
    }

    public PoolSettings settings() {
        return settings;
    }

    /** How configuration changes are queued and committed. */
    public ChangeSettings changeSettings() {
        return changeSettings;
    }

    /** The per-router queue every configuration change takes its turn in. */
    public RouterChangeQueue changeQueue() {
        return changeQueue;
    }

    /** Proves a router still answers a new session (not one of this pool's), e.g. after a commit. */
    public ReachabilityProof reachabilityProof() {
        return reachabilityProof;
    }

    /**
     * Runs {@code work} with a session to {@code deviceName}: an idle one that is still alive, or a
     * new one. {@code timeout} bounds the wait for a free session plus each of the work's RPCs
     * (opening a session has its own limit, {@link PoolSettings#connectTimeout()}). When the
     * connection is lost and the work is {@code repeatable} (a read), it is repeated once on a new
     * session; a write never is, because the device may already have applied it. A device that
     * cannot be reached at all is not tried twice.
     *
     * @throws NotInInventoryException when the device is not in the inventory
     * @throws WorkRefusedException   as the work threw it: the session stays usable
     * @throws NetconfException       for device failures, as the client library reports them
     */
    public <T> T withSession(String deviceName, boolean repeatable, Duration timeout,
            Function<JunosDevice, T> work) {
        Lease lease = acquire(deviceName, timeout);
        try {
            return runOn(lease, work);
        } catch (TransportException lost) {
            if (!repeatable) {
                throw lost;
            }
            log.info("Connection to {} lost during a read ({}); retrying once on a new session",
                    deviceName, lost.getMessage());
            // Sessions opened before the loss likely share its cause (device restart, link flap).
            invalidate(Set.of(deviceName));
        }
        return runOn(acquire(deviceName, timeout), work);
    }

    /** Open, idle and lent sessions now. */
    public PoolStats stats() {
        lock.lock();
        try {
            int idle = byDevice.values().stream().mapToInt(sessions -> sessions.idle.size()).sum();
            return new PoolStats(open, idle, lent.size());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the sessions of devices whose inventory entries changed or were removed: idle ones now,
     * lent ones when they are returned.
     */
    public void invalidate(Set<String> deviceNames) {
        List<JunosDevice> idle = new ArrayList<>();
        lock.lock();
        try {
            for (String name : deviceNames) {
                DeviceSessions sessions = byDevice.get(name);
                if (sessions != null) {
                    sessions.generation++;
                    drainIdle(sessions, idle);
                    if (sessions.inUse == 0) {
                        byDevice.remove(name);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        idle.forEach(this::closeQuietly);
    }

    /** Closes the sessions unused for at least the idle timeout. Run periodically. */
    void evictIdleSessions() {
        List<JunosDevice> expired = new ArrayList<>();
        lock.lock();
        try {
            long now = idleClock.getAsLong();
            long limit = settings.idleTimeout().toNanos();
            for (DeviceSessions sessions : byDevice.values()) {
                while (!sessions.idle.isEmpty() && now - sessions.idle.peekLast().idleSince >= limit) {
                    expired.add(sessions.idle.pollLast().device);
                    open--;
                }
            }
            if (!expired.isEmpty()) {
                sessionReleased.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (!expired.isEmpty()) {
            log.debug("Closing {} idle session(s)", expired.size());
        }
        expired.forEach(this::closeQuietly);
    }

    /** Closes every session, those in use included; later calls fail. */
    @Override
    public void close() {
        List<JunosDevice> all = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            byDevice.values().forEach(sessions -> drainIdle(sessions, all));
            all.addAll(lent);
            open -= lent.size();
            lent.clear();
            sessionReleased.signalAll();
        } finally {
            lock.unlock();
        }
        evictor.shutdownNow();
        log.debug("Closing {} device session(s)", all.size());
        all.forEach(this::closeQuietly);
    }

    private <T> T runOn(Lease lease, Function<JunosDevice, T> work) {
        boolean reusable = false;
        try {
            T result = work.apply(lease.device.withTimeout(lease.rpcTimeout));
            reusable = true;
            return result;
        } catch (RuntimeException | Error failure) {
            reusable = leavesSessionUsable(failure);
            throw failure;
        } finally {
            release(lease, reusable);
        }
    }

    /** A lost connection or an unanswered RPC leaves the session unusable; a device's answer does not. */
    private static boolean leavesSessionUsable(Throwable failure) {
        if (SessionLostException.isCauseOf(failure)) {
            return false;
        }
        return failure instanceof NetconfException || failure instanceof WorkRefusedException;
    }

    private Lease acquire(String deviceName, Duration timeout) {
        Reservation reservation = reserve(deviceName, timeout);
        if (reservation.idle != null) {
            if (reservation.idle.isAlive()) {
                return new Lease(deviceName, reservation.idle, reservation.generation, reservation.rpcTimeout);
            }
            log.debug("Idle session to {} is no longer alive; opening a new one", deviceName);
            forget(reservation.idle);
            closeQuietly(reservation.idle);
        }
        return new Lease(deviceName, connect(deviceName, reservation), reservation.generation,
                reservation.rpcTimeout);
    }

    private JunosDevice connect(String deviceName, Reservation reservation) {
        JunosDevice device;
        try {
            DeviceOptions options = reservation.entry.toDeviceOptions(settings.connectTimeout(),
                    DeviceOptions.DEFAULT_RPC_TIMEOUT);
            device = JunosDevice.connect(options);
        } catch (RuntimeException | Error failure) {
            cancel(deviceName);
            throw failure;
        }
        lock.lock();
        try {
            if (!closed) {
                lent.add(device);
                log.debug("Opened a session to {} ({} open)", deviceName, open);
                return device;
            }
        } finally {
            lock.unlock();
        }
        cancel(deviceName);
        closeQuietly(device);
        throw shuttingDown();
    }

    /**
     * Waits for the right to use a session of the device: an idle one, or room to open one. The
     * RPC timeout of the reservation is what remains of {@code timeout} after the wait.
     */
    private Reservation reserve(String deviceName, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JunosDevice> evicted = new ArrayList<>();
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw shuttingDown();
                }
                Inventory inventory = registry.current();
                DeviceEntry entry = inventory.device(deviceName)
                        .orElseThrow(() -> new NotInInventoryException(deviceName, inventory.names()));
                DeviceSessions sessions = byDevice.computeIfAbsent(deviceName, name -> new DeviceSessions());
                long wait = deadline - System.nanoTime();
                if (wait > 0 && sessions.inUse < settings.maxSessionsPerDevice()) {
                    IdleSession idle = sessions.idle.pollFirst();
                    if (idle != null) {
                        sessions.inUse++;
                        lent.add(idle.device);
                        return new Reservation(entry, sessions.generation, idle.device, Duration.ofNanos(wait));
                    }
                    if (open < settings.maxSessions() || evictLeastRecentlyUsed(evicted)) {
                        open++;
                        sessions.inUse++;
                        return new Reservation(entry, sessions.generation, null, Duration.ofNanos(wait));
                    }
                }
                if (wait <= 0) {
                    throw noFreeSession(deviceName, sessions, timeout);
                }
                sessionReleased.awaitNanos(wait);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NetconfException("interrupted while waiting for a session to " + deviceName);
        } finally {
            lock.unlock();
            evicted.forEach(this::closeQuietly);
        }
    }

    private NetconfTimeoutException noFreeSession(String deviceName, DeviceSessions sessions, Duration timeout) {
        String busy = sessions.inUse >= settings.maxSessionsPerDevice()
                ? "all " + settings.maxSessionsPerDevice() + " sessions to " + deviceName + " are in use"
                : "all " + settings.maxSessions() + " sessions of the server are in use";
        return new NetconfTimeoutException("no free session to " + deviceName + " within "
                + timeout.toSeconds() + " s: " + busy, timeout);
    }

    /** Makes room under the global cap by closing the idle session unused the longest. Lock held. */
    private boolean evictLeastRecentlyUsed(List<JunosDevice> evicted) {
        DeviceSessions oldest = null;
        for (DeviceSessions sessions : byDevice.values()) {
            IdleSession candidate = sessions.idle.peekLast();
            if (candidate != null && (oldest == null || candidate.idleSince < oldest.idle.peekLast().idleSince)) {
                oldest = sessions;
            }
        }
        if (oldest == null) {
            return false;
        }
        evicted.add(oldest.idle.pollLast().device);
        open--;
        return true;
    }

    private void release(Lease lease, boolean reusable) {
        JunosDevice toClose = null;
        lock.lock();
        try {
            DeviceSessions sessions = byDevice.get(lease.deviceName);
            sessions.inUse--;
            sessionReleased.signalAll();
            if (!lent.remove(lease.device)) {
                return; // already closed by close() while in use
            }
            if (reusable && settings.pooling() && !closed && sessions.generation == lease.generation) {
                sessions.idle.addFirst(new IdleSession(lease.device, idleClock.getAsLong()));
            } else {
                open--;
                toClose = lease.device;
            }
        } finally {
            lock.unlock();
            if (toClose != null) {
                closeQuietly(toClose);
            }
        }
    }

    /** Gives back a reservation whose session could not be opened. */
    private void cancel(String deviceName) {
        lock.lock();
        try {
            open--;
            byDevice.get(deviceName).inUse--;
            sessionReleased.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops tracking a lent session that turned out dead; its reservation stays, for a new session. */
    private void forget(JunosDevice device) {
        lock.lock();
        try {
            lent.remove(device);
        } finally {
            lock.unlock();
        }
    }

    private void drainIdle(DeviceSessions sessions, List<JunosDevice> into) {
        open -= sessions.idle.size();
        sessions.idle.forEach(idle -> into.add(idle.device));
        sessions.idle.clear();
    }

    private void closeQuietly(JunosDevice device) {
        try {
            device.close();
        } catch (RuntimeException failure) {
            log.debug("Closing a device session failed: {}", failure.getMessage());
        }
    }

    private static NetconfException shuttingDown() {
        return new NetconfException("the server is shutting down; no new device sessions");
    }

    /** Per-device state; guarded by the pool's lock. */
    private static final class DeviceSessions {
        /** Most recently used first. */
        final Deque<IdleSession> idle = new ArrayDeque<>();
        int inUse;
        /** Bumped when the device's inventory entry changes, so older sessions are not reused. */
        long generation;
    }

    private record IdleSession(JunosDevice device, long idleSince) {
    }

    private record Reservation(DeviceEntry entry, long generation, JunosDevice idle, Duration rpcTimeout) {
    }

    private record Lease(String deviceName, JunosDevice device, long generation, Duration rpcTimeout) {
    }
}
