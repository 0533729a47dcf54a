package io.jmcp.core.mcp;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.output.CallOutputs;
import io.jmcp.core.pool.Purpose;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.pool.SessionWork;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ClientLog;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.netconf.HostKeyException;
import io.jmcp.netconf.NetconfException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/** The {@link ToolContext} of one MCP tool call, made in a session or without one (see {@link ClientChannel}). */
final class McpToolContext implements ToolContext {
    private final ToolEnvironment environment;
    private final ClientChannel client;
    private final Caller caller;
    private final BooleanSupplier cancelled;
    private final AuditDetails audit = new AuditDetails();

    McpToolContext(ToolEnvironment environment, ClientChannel client, Caller caller, BooleanSupplier cancelled) {
        this.environment = environment;
        this.client = client;
        this.caller = caller;
        this.cancelled = cancelled;
    }

    @Override
    public DeviceRegistry devices() {
        return environment.devices();
    }

    @Override
    public SessionPool sessions() {
        return environment.sessions();
    }

    @Override
    public <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work) {
        audit.device(routerName);
        try {
            return environment.sessions().withSession(routerName, purpose, timeout, work);
        } catch (HostKeyException failure) {
            throw environment.devices().current().device(routerName)
                    .map(entry -> DeviceException.of(routerName, failure, entry.hostKeyAdvice()))
                    .orElseGet(() -> DeviceException.of(routerName, failure));
        } catch (NetconfException failure) {
            throw DeviceException.of(routerName, failure);
        }
    }

    @Override
    public Guardrails guardrails() {
        return environment.guardrails();
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
}
