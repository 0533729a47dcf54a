package io.jmcp.core.services;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.NotInInventoryException;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.pool.WorkRefusedException;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Devices;
import io.jmcp.core.spi.GuardChecks;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.SessionWork;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.UnknownDeviceException;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.error.NetconfException;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seam between the SPI and the server's parts: the views a {@link ToolContext} hands out
 * ({@link Devices}, {@link GuardChecks}, sessions through {@link #onDevice}) over the device
 * registry, the session pool and the guardrails. Failures of the parts are translated here into the
 * SPI's exceptions, so neither side imports the other.
 */
public final class ToolServices {
    private final DeviceRegistry registry;
    private final SessionPool pool;
    private final Guardrails guardrails;
    private final Devices devices;
    private final GuardChecks checks;

    public ToolServices(DeviceRegistry registry, SessionPool pool, Guardrails guardrails) {
        this.registry = registry;
        this.pool = pool;
        this.guardrails = guardrails;
        this.devices = new RegistryDevices(registry);
        this.checks = new GuardrailChecks(guardrails, registry);
    }

    /** For {@link ToolContext#devices()}. */
    public Devices devices() {
        return devices;
    }

    /** For {@link ToolContext#guardrails()}. */
    public GuardChecks guardrails() {
        return checks;
    }

    /**
     * For {@link ToolContext#onDevice}: {@code work} on a pooled session to {@code router}.
     *
     * @throws UnknownDeviceException when the router is not in the inventory
     * @throws DeviceException        when the device operation fails (the message names the router)
     */
    public <T> T onDevice(String router, Purpose purpose, Duration timeout, SessionWork<T> work) {
        try {
            return pool.withSession(router, purpose == Purpose.READ, timeout, device -> {
                try {
                    return work.run(device);
                } catch (ToolException refusal) {
                    throw new WorkRefusedException(refusal);
                }
            });
        } catch (WorkRefusedException refused) {
            throw refused.refusal();
        } catch (NotInInventoryException unknown) {
            throw new UnknownDeviceException(router, unknown.knownNames());
        } catch (HostKeyException failure) {
            throw registry.current().device(router)
                    .map(entry -> DeviceException.of(router, failure, entry.hostKeyAdvice()))
                    .orElseGet(() -> DeviceException.of(router, failure));
        } catch (NetconfException failure) {
            throw DeviceException.of(router, failure);
        }
    }

    /** For {@link ToolContext#serverPart}: the registry, the pool or the guardrails. */
    public <T> Optional<T> serverPart(Class<T> type) {
        return Stream.of(registry, pool, guardrails).filter(type::isInstance).map(type::cast).findFirst();
    }
}
