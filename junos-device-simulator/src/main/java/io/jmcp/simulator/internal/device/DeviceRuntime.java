package io.jmcp.simulator.internal.device;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.DeviceSpec;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live state of one simulated device: spec, boot time, faults, configuration database,
 * open sessions and counters. Shared by all of the device's sessions; thread-safe.
 */
public final class DeviceRuntime {
    private static final Pattern RELEASE = Pattern.compile("^\\d+\\.\\d+[A-Z]\\d+");

    private final DeviceSpec spec;
    private final Clock clock;
    private final Instant bootTime;
    private final DeviceFaults faults = new DeviceFaults();
    private final ConfigurationStore store;
    private final IntSupplier sessionIds;
    private final Map<Integer, LiveSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger openSessions = new AtomicInteger();
    private final AtomicLong logins = new AtomicLong();
    private final String junosNamespace;
    private volatile Derived derived;

    public DeviceRuntime(DeviceSpec spec, Clock clock, ScheduledExecutorService timers, IntSupplier sessionIds) {
        this.spec = spec;
        this.clock = clock;
        this.bootTime = clock.instant();
        this.store = new ConfigurationStore(spec, faults, clock, bootTime, timers);
        this.sessionIds = sessionIds;
        this.junosNamespace = "http://xml.juniper.net/junos/" + releaseOf(spec.version()) + "/junos";
    }

    public String name() {
        return spec.name();
    }

    public DeviceSpec spec() {
        return spec;
    }

    public Clock clock() {
        return clock;
    }

    public Instant bootTime() {
        return bootTime;
    }

    public DeviceFaults faults() {
        return faults;
    }

    public ConfigurationStore store() {
        return store;
    }

    /** The {@code junos:} namespace of this device's replies, e.g. {@code http://xml.juniper.net/junos/22.4R3/junos}. */
    public String junosNamespace() {
        return junosNamespace;
    }

    /** The namespace of a Junos module's replies, e.g. {@code .../22.4R3/junos-chassis} for "chassis". */
    public String moduleNamespace(String module) {
        return junosNamespace + "-" + module;
    }

    /**
     * What the active configuration makes of the device, recomputed only after a commit changed
     * the active configuration.
     */
    public OperationalState operational() {
        Configuration active = store.committed();
        Derived current = derived;
        if (current == null || current.source() != active) {
            current = new Derived(active, OperationalState.of(active));
            derived = current;
        }
        return current.state();
    }

    /** The host-name of the active configuration, else the spec's; Junos shows the configured one. */
    public String hostname() {
        return operational().hostname().orElse(spec.hostname());
    }

    public int nextSessionId() {
        return sessionIds.getAsInt();
    }

    public void sessionOpened(LiveSession session) {
        sessions.put(session.sessionId(), session);
        openSessions.incrementAndGet();
    }

    public void sessionClosed(LiveSession session) {
        if (sessions.remove(session.sessionId(), session)) {
            openSessions.decrementAndGet();
        }
    }

    /** Kills another session of this device; false when there is none with that id. */
    public boolean killSession(int sessionId) {
        LiveSession session = sessions.get(sessionId);
        if (session == null) {
            return false;
        }
        session.kill();
        return true;
    }

    public void killAllSessions() {
        List.copyOf(sessions.values()).forEach(LiveSession::kill);
    }

    public int openSessionCount() {
        return openSessions.get();
    }

    public void recordLogin() {
        logins.incrementAndGet();
    }

    public long loginCount() {
        return logins.get();
    }

    /** "22.4R3.25" becomes "22.4R3", "12.1X46-D65" becomes "12.1X46": the release Junos puts in its namespaces. */
    private static String releaseOf(String version) {
        Matcher release = RELEASE.matcher(version);
        return release.find() ? release.group() : version;
    }

    private record Derived(Configuration source, OperationalState state) {
    }
}
