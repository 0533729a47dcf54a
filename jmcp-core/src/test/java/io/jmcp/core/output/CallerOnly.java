package io.jmcp.core.output;

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

/** The context of a read that needs nothing but who reads: kept outputs are the caller's own. */
record CallerOnly(Caller caller) implements ToolContext {
    private static final ResultBudget OUTPUTS = new ResultBudget(new OutputStore(OutputSettings.defaults()));

    @Override
    public Devices devices() {
        throw new UnsupportedOperationException("no devices here");
    }

    @Override
    public <T> T onDevice(String routerName, Purpose purpose, Duration timeout, SessionWork<T> work) {
        throw new UnsupportedOperationException("no devices here");
    }

    @Override
    public GuardChecks guardrails() {
        throw new UnsupportedOperationException("no guardrails here");
    }

    @Override
    public Elicitation elicitation() {
        throw new UnsupportedOperationException("no client here");
    }

    @Override
    public void progress(double done, double total, String message) {
        // nobody to tell
    }

    @Override
    public ClientLog log() {
        throw new UnsupportedOperationException("no client here");
    }

    @Override
    public CallOutputs outputs(Map<String, Object> arguments) {
        return OUTPUTS.forCall(caller, arguments);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public Duration rpcTimeout(OptionalInt timeoutSecondsArgument) {
        return Duration.ofSeconds(10);
    }

    @Override
    public AuditDetails audit() {
        return new AuditDetails();
    }

    @Override
    public int batchConcurrency() {
        return 1;
    }

    @Override
    public boolean persistAddedDevices() {
        return false;
    }

    @Override
    public Optional<Path> devicesDirectory() {
        return Optional.empty();
    }
}
