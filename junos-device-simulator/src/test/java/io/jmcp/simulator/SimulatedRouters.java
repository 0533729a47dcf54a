package io.jmcp.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Simulated routers for a test class: started before its tests and stopped after them, with the raw
 * NETCONF sessions the tests opened on them. Registered on a static field, one fleet serves the
 * whole class; on an instance field, each test gets a fresh one.
 *
 * <pre>{@code @RegisterExtension
 * static final SimulatedRouters routers = SimulatedRouters.of(DeviceSpec.builder("r1").build());}</pre>
 */
final class SimulatedRouters implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Supplier<SimulatorFleet> start;
    private final Map<String, RawNetconfSession> sessions = new LinkedHashMap<>();
    private SimulatorFleet fleet;
    private boolean forTheClass;

    private SimulatedRouters(Supplier<SimulatorFleet> start) {
        this.start = start;
    }

    /** {@code count} default routers, named {@code vsim-01} and on. */
    static SimulatedRouters of(int count) {
        return new SimulatedRouters(() -> SimulatorFleet.start(count));
    }

    static SimulatedRouters of(DeviceSpec... specs) {
        return new SimulatedRouters(() -> SimulatorFleet.start(List.of(specs)));
    }

    SimulatorFleet fleet() {
        if (fleet == null) {
            throw new IllegalStateException("the simulated routers are not started: register them with"
                    + " @RegisterExtension");
        }
        return fleet;
    }

    SimulatedDevice device(String name) {
        return fleet().device(name);
    }

    /** The router of a fleet of one. */
    SimulatedDevice device() {
        List<SimulatedDevice> devices = fleet().devices();
        if (devices.size() != 1) {
            throw new IllegalStateException("device() is for a fleet of one router; name one of " + devices.size());
        }
        return devices.get(0);
    }

    /** A NETCONF session on {@code name} past its hello, opened once and closed with the routers. */
    RawNetconfSession session(String name) {
        return sessions.computeIfAbsent(name, router -> RawNetconfSession.open(device(router)));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        forTheClass = true;
        fleet = start.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!forTheClass) {
            fleet = start.get();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!forTheClass) {
            stop();
        }
    }

    private void stop() {
        try {
            sessions.values().forEach(RawNetconfSession::close);
        } finally {
            sessions.clear();
            if (fleet != null) {
                fleet.close();
                fleet = null;
            }
        }
    }
}
