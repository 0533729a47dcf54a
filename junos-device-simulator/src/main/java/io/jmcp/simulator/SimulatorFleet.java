package io.jmcp.simulator;

import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.rpc.JunosRpcs;
import io.jmcp.simulator.internal.ssh.FleetSshServer;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated Junos devices on 127.0.0.1, each on its own port, all sharing one SSH server, a
 * few worker threads and one timer thread. Start with {@link #start(int)} or
 * {@link #start(List)}; {@link #close()} stops everything.
 */
public final class SimulatorFleet implements AutoCloseable {
    /** Junos session ids look like process ids; the fleet hands them out from here up. */
    private static final int FIRST_SESSION_ID = 2000;
    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timers;
    private final FleetSshServer ssh;
    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
    private final AtomicInteger sessionIds = new AtomicInteger(FIRST_SESSION_ID);
    private final AtomicBoolean stopped = new AtomicBoolean();

    private SimulatorFleet(KeyPair hostKey) {
        workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("simulator-worker"));
        timers = new ScheduledThreadPoolExecutor(1, daemonThreads("simulator-timer"));
        timers.setRemoveOnCancelPolicy(true);
        ssh = new FleetSshServer(JunosRpcs.dispatcher(), workers, timers, hostKey);
    }

    /** Starts {@code count} devices with every default: {@code vsim-01}, {@code vsim-02}, ..., platforms in turn. */
    public static SimulatorFleet start(int count) {
        return start(numberedSpecs(count));
    }

    /**
     * Starts one device per spec.
     *
     * @throws IllegalArgumentException for duplicate names or ports, or a bad initial configuration
     * @throws java.io.UncheckedIOException when a port cannot be bound
     */
    public static SimulatorFleet start(List<DeviceSpec> specs) {
        return start(specs, null);
    }

    /**
     * Starts one device per spec, all presenting the host key kept in {@code hostKeyFile} (made
     * there on first use), so that a known_hosts file stays valid across restarts.
     *
     * @param hostKeyFile the key file, or null for a new key every start
     * @throws IllegalArgumentException for duplicate names or ports, or a bad initial configuration
     * @throws java.io.UncheckedIOException when a port cannot be bound or the key file cannot be read or made
     */
    public static SimulatorFleet start(List<DeviceSpec> specs, Path hostKeyFile) {
        requireUnique(specs);
        SimulatorFleet fleet = new SimulatorFleet(FleetSshServer.hostKey(hostKeyFile));
        try {
            specs.forEach(fleet::startDevice);
            return fleet;
        } catch (RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    /** The specs {@link #start(int)} uses. */
    public static List<DeviceSpec> numberedSpecs(int count) {
        List<DeviceSpec> specs = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            specs.add(numberedSpec(i).build());
        }
        return specs;
    }

    /** A builder for the {@code index}th default device ({@code vsim-01} is 1), to adjust before building. */
    public static DeviceSpec.Builder numberedSpec(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("device index starts at 1, got " + index);
        }
        Platform[] platforms = Platform.values();
        return DeviceSpec.builder(String.format("vsim-%02d", index)).platform(platforms[(index - 1) % platforms.length]);
    }

    /** Every device, in start order. */
    public synchronized List<SimulatedDevice> devices() {
        return List.copyOf(devices.values());
    }

    /** @throws IllegalArgumentException when no device has that name */
    public synchronized SimulatedDevice device(String name) {
        SimulatedDevice device = devices.get(name);
        if (device == null) {
            throw new IllegalArgumentException("no simulated device named '" + name + "'; the fleet has " + devices.keySet());
        }
        return device;
    }

    /** The public host key every device of the fleet presents (one SSH server serves them all). */
    public PublicKey hostKey() {
        return ssh.publicHostKey();
    }

    public int port(String name) {
        return device(name).port();
    }

    /** Stops every device and releases the threads and the SSH server. Idempotent. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        devices().forEach(SimulatedDevice::stop);
        ssh.close();
        workers.shutdown();
        timers.shutdownNow();
        try {
            workers.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startDevice(DeviceSpec spec) {
        DeviceRuntime runtime = new DeviceRuntime(spec, Clock.systemUTC(), timers, sessionIds::incrementAndGet);
        if (spec.hasCustomInitialConfiguration()) {
            // A configuration given by the caller may be wrong: say so now, not at the first RPC.
            try {
                runtime.store().boot();
            } catch (ConfigSyntaxException e) {
                throw new IllegalArgumentException("device " + spec.name() + ": the initial configuration does not load: "
                        + e.getMessage(), e);
            }
        }
        int port = ssh.bind(runtime, spec.port());
        devices.put(spec.name(), new SimulatedDevice(runtime, port, ssh::unbind));
    }

    private static void requireUnique(List<DeviceSpec> specs) {
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (DeviceSpec spec : specs) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("two devices are named '" + spec.name() + "'");
            }
            if (spec.port() != 0 && !ports.add(spec.port())) {
                throw new IllegalArgumentException("two devices want port " + spec.port() + " (second: " + spec.name() + ")");
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
