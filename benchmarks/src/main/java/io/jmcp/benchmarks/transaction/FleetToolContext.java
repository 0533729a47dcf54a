package io.jmcp.benchmarks.transaction;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.PoolSettings;
import io.jmcp.core.pool.Purpose;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.pool.SessionWork;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.netconf.NetconfException;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatorFleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's services for tool calls made in the harness's JVM, on the real parts a server uses
 * (inventory, session pool, guardrails) over a simulated fleet, without an MCP client: progress
 * reports are counted, there is nobody to ask (elicitation) and nothing to log.
 */
final class FleetToolContext implements ToolContext, AutoCloseable {
    private static final Duration RPC_TIMEOUT = Duration.ofSeconds(120);

    private final DeviceRegistry devices;
    private final SessionPool sessions;
    /** Built once, as the server builds its guardrails once: compiling the block patterns per call is no cost of a change. */
    private final Guardrails guardrails = Guardrails.defaults();
    private final int concurrency;
    private final AtomicInteger progressReports = new AtomicInteger();

    FleetToolContext(SimulatorFleet fleet, int concurrency) {
        this.devices = new DeviceRegistry(DemoDevices.inventory(fleet.devices().stream()
                .map(device -> new DemoDevices.Endpoint(device.name(), device.host(), device.port(),
                        DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD))
                .toList()));
        this.sessions = SessionPool.create(devices, PoolSettings.defaults());
        this.concurrency = concurrency;
    }

    int progressReports() {
        return progressReports.get();
    }

    @Override
    public DeviceRegistry devices() {
        return devices;
    }

    @Override
    public SessionPool sessions() {
        return sessions;
    }

    @Override
    public <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work) {
        try {
            return sessions.withSession(routerName, purpose, timeout, work);
        } catch (NetconfException failure) {
            throw DeviceException.of(routerName, failure);
        }
    }

    @Override
    public Guardrails guardrails() {
        return guardrails;
    }

    @Override
    public Elicitation elicitation() {
        return Elicitation.unsupported("the harness has no MCP client");
    }

    @Override
    public void progress(double done, double total, String message) {
        progressReports.incrementAndGet();
    }

    @Override
    public ClientLog log() {
        return (level, message) -> {
        };
    }

    @Override
    public Caller caller() {
        return Caller.local();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public Duration rpcTimeout(OptionalInt timeoutSecondsArgument) {
        return RPC_TIMEOUT;
    }

    @Override
    public AuditDetails audit() {
        return new AuditDetails();
    }

    @Override
    public int batchConcurrency() {
        return concurrency;
    }

    @Override
    public boolean persistAddedDevices() {
        return false;
    }

    @Override
    public Optional<Path> devicesDirectory() {
        return Optional.empty();
    }

    @Override
    public void close() {
        sessions.close();
    }
}
