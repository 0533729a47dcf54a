package io.jmcp.core.mcp;

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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/** The {@link ToolContext} of one MCP tool call, made in a session or without one (see {@link ClientChannel}). */
final class McpToolContext implements ToolContext {
    private final ToolEnvironment environment;
    private final ToolServices services;
    private final ClientChannel client;
    private final Caller caller;
    private final BooleanSupplier cancelled;
    private final AuditDetails audit = new AuditDetails();

    McpToolContext(ToolEnvironment environment, ToolServices services, ClientChannel client, Caller caller,
            BooleanSupplier cancelled) {
        this.environment = environment;
        this.services = services;
        this.client = client;
        this.caller = caller;
        this.cancelled = cancelled;
    }

    @Override
    public Devices devices() {
        return services.devices();
    }

    @Override
    public <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work) {
        audit.device(routerName);
        return services.onDevice(routerName, purpose, timeout, work);
    }

    @Override
    public GuardChecks guardrails() {
        return services.guardrails();
    }

    @Override
    public Elicitation elicitation() {
        return client.elicitation();
    }

    @Override
    public void progress(double done, double total, String message) {
        client.progress(done, total, message);
    }

    @Override
    public ClientLog log() {
        return client.log();
    }

    @Override
    public CallOutputs outputs(Map<String, Object> arguments) {
        return environment.outputs().forCall(caller, arguments);
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public Duration rpcTimeout(OptionalInt timeoutSecondsArgument) {
        return timeoutSecondsArgument.isPresent() ? Duration.ofSeconds(timeoutSecondsArgument.getAsInt())
                : environment.defaultRpcTimeout();
    }

    @Override
    public AuditDetails audit() {
        return audit;
    }

    @Override
    public int batchConcurrency() {
        return environment.batchConcurrency();
    }

    @Override
    public boolean persistAddedDevices() {
        return environment.persistDevices();
    }

    @Override
    public Optional<Path> devicesDirectory() {
        return Optional.ofNullable(environment.devicesDirectory());
    }

    @Override
    public <T> Optional<T> serverPart(Class<T> type) {
        return services.serverPart(type);
    }
}
