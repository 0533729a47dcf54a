package io.jmcp.testfixtures.tools;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.ChangeSettings;
import io.jmcp.core.output.OutputSettings;
import io.jmcp.core.output.OutputStore;
import io.jmcp.core.output.ResultBudget;
import io.jmcp.core.pool.PoolSettings;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.services.ToolServices;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.CallOutputs;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.Devices;
import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.GuardChecks;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.SessionWork;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatorFleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's services for tool calls made without a server (tests, benchmark harnesses), on the
 * real parts a server uses: the simulated routers of a fleet in the inventory, the session pool,
 * the guardrails, the result budget. There is no MCP client: nobody to ask (elicitation) and nothing to log; progress
 * reports are kept.
 */
public final class SimulatedToolContext implements ToolContext, AutoCloseable {
    private static final Duration DEFAULT_RPC_TIMEOUT = Duration.ofSeconds(60);
    private static final int DEFAULT_BATCH_CONCURRENCY = 4;

    private final DeviceRegistry devices;
    private final SessionPool sessions;
    private final Guardrails guardrails;
    private final ToolServices services;
    private final ResultBudget outputs = new ResultBudget(new OutputStore(OutputSettings.defaults()));
    private final Caller caller;
    private final Duration rpcTimeout;
    private final int batchConcurrency;
    private final List<String> progress = new CopyOnWriteArrayList<>();

    private SimulatedToolContext(DeviceRegistry devices, SessionPool sessions, Guardrails guardrails, Caller caller,
            Duration rpcTimeout, int batchConcurrency) {
        this.devices = devices;
        this.sessions = sessions;
        this.guardrails = guardrails;
        this.services = new ToolServices(devices, sessions, guardrails);
        this.caller = caller;
        this.rpcTimeout = rpcTimeout;
        this.batchConcurrency = batchConcurrency;
    }

    public static SimulatedToolContext on(SimulatorFleet fleet, Guardrails guardrails) {
        return on(fleet, guardrails, ChangeSettings.defaults());
    }

    /** With the server's change settings (queue wait, safe commit minutes) given. */
    public static SimulatedToolContext on(SimulatorFleet fleet, Guardrails guardrails, ChangeSettings changes) {
        DeviceRegistry devices = new DeviceRegistry(DemoDevices.inventory(fleet.devices().stream()
                .map(device -> new DemoDevices.Endpoint(device.name(), device.host(), device.port(),
                        DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD))
                .toList()));
        return new SimulatedToolContext(devices, SessionPool.create(devices, PoolSettings.defaults(), changes),
                guardrails, Caller.local(), DEFAULT_RPC_TIMEOUT, DEFAULT_BATCH_CONCURRENCY);
    }

    /** The same services for a caller that may only read. */
    public SimulatedToolContext readOnly() {
        return new SimulatedToolContext(devices, sessions, guardrails, caller.readOnly(), rpcTimeout, batchConcurrency);
    }

    /** The same services under other guardrails. */
    public SimulatedToolContext withGuardrails(Guardrails other) {
        return new SimulatedToolContext(devices, sessions, other, caller, rpcTimeout, batchConcurrency);
    }

    /**
     * The same services with a batch tool working on {@code routers} at once, and {@code timeout} for
     * RPCs whose call gives none.
     */
    public SimulatedToolContext withBatches(int routers, Duration timeout) {
        return new SimulatedToolContext(devices, sessions, guardrails, caller, timeout, routers);
    }

    /** The messages of the progress reports so far, in order. */
    public List<String> progressMessages() {
        return List.copyOf(progress);
    }

    /** The session pool, whose change queue a test may hold. */
    public SessionPool sessions() {
        return sessions;
    }

    @Override
    public Devices devices() {
        return services.devices();
    }

    @Override
    public <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work) {
        return services.onDevice(routerName, purpose, timeout, work);
    }

    @Override
    public GuardChecks guardrails() {
        return services.guardrails();
    }

    @Override
    public <T> Optional<T> serverPart(Class<T> type) {
        return services.serverPart(type);
    }

    @Override
    public Elicitation elicitation() {
        return Elicitation.unsupported("no MCP client here");
    }

    @Override
    public void progress(double done, double total, String message) {
        progress.add(message);
    }

    @Override
    public ClientLog log() {
        return (level, message) -> {
        };
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public Duration rpcTimeout(OptionalInt timeoutSecondsArgument) {
        return timeoutSecondsArgument.isPresent() ? Duration.ofSeconds(timeoutSecondsArgument.getAsInt()) : rpcTimeout;
    }

    @Override
    public AuditDetails audit() {
        return new AuditDetails();
    }

    @Override
    public int batchConcurrency() {
        return batchConcurrency;
    }

    @Override
    public CallOutputs outputs(Map<String, Object> arguments) {
        return outputs.forCall(caller, arguments);
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
