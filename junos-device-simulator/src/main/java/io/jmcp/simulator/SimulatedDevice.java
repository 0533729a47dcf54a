package io.jmcp.simulator;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.reply.Personality;
import io.jmcp.simulator.internal.device.DeviceRuntime;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * One running simulated Junos device: where it listens, its faults, and what tests want to
 * observe (configuration, rollback history, sessions, logins). Thread-safe.
 */
public final class SimulatedDevice {
    /** Devices listen on the loopback interface only. */
    public static final String HOST = "127.0.0.1";

    private final DeviceRuntime runtime;
    private final int port;
    private final IntConsumer unbind;
    private volatile boolean running = true;

    SimulatedDevice(DeviceRuntime runtime, int port, IntConsumer unbind) {
        this.runtime = runtime;
        this.port = port;
        this.unbind = unbind;
    }

    public String name() {
        return runtime.name();
    }

    public DeviceSpec spec() {
        return runtime.spec();
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The host-name the device reports now: the committed configuration's, else the spec's. */
    public String hostname() {
        return runtime.hostname();
    }

    /**
     * The device family its model and routing engine make it, classified as this project's
     * facts gathering does (which follows PyEZ, and also knows the vSRX as a virtual SRX_BRANCH).
     */
    public Optional<Personality> personality() {
        return io.jmcp.netconf.reply.Platform.classify(spec().model(), spec().platform().routingEngineModel())
                .map(io.jmcp.netconf.reply.Platform::personality);
    }

    /** The device's fault switches; changes apply to the next reply or login. */
    public Faults faults() {
        return runtime.faults();
    }

    /** A copy of the active configuration. */
    public Configuration committedConfiguration() {
        return runtime.store().committed().copy();
    }

    /**
     * The rollback history, newest (the active configuration, rollback 0) first; at most 50
     * entries. The configurations are copies: changing them changes nothing on the device.
     */
    public List<CommitRecord> rollbackHistory() {
        return runtime.store().history().stream()
                .map(commit -> new CommitRecord(commit.time(), commit.user(), commit.client(), commit.comment(),
                        commit.confirmMinutes(), commit.configuration().copy()))
                .toList();
    }

    /** Whether a {@code commit confirmed} is waiting for its confirmation. */
    public boolean awaitingCommitConfirmation() {
        return runtime.store().awaitingConfirmation();
    }

    /** NETCONF sessions open right now. */
    public int openSessionCount() {
        return runtime.openSessionCount();
    }

    /** Successful SSH logins since the device started. */
    public long loginCount() {
        return runtime.loginCount();
    }

    public boolean isRunning() {
        return running;
    }

    /** Stops listening, drops every session and cancels timers. Idempotent. */
    public synchronized void stop() {
        if (running) {
            running = false;
            unbind.accept(port);
            runtime.store().shutdown();
        }
    }

    @Override
    public String toString() {
        return "SimulatedDevice[" + name() + " " + HOST + ":" + port + "]";
    }
}
