package io.jmcp.core.services;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.guard.ManagementAccess;
import io.jmcp.core.guard.RouterConfiguration;
import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.spi.GuardChecks;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.ConfigFormat;

/** The {@link GuardChecks} view of the server's guardrails; a router's login comes from the registry. */
final class GuardrailChecks implements GuardChecks {
    private final Guardrails guardrails;
    private final DeviceRegistry registry;

    GuardrailChecks(Guardrails guardrails, DeviceRegistry registry) {
        this.guardrails = guardrails;
        this.registry = registry;
    }

    @Override
    public void checkCommand(String command) {
        guardrails.checkCommand(command);
    }

    @Override
    public void checkConfig(String payload, ConfigFormat format) {
        guardrails.checkConfig(payload, format);
    }

    @Override
    public void checkChange(String router, String committed, String candidate) {
        guardrails.checkChange(RouterConfiguration.of(committed), RouterConfiguration.of(candidate), access(router));
    }

    /** How the server logs in to {@code router}: what the lock-out check protects. */
    private ManagementAccess access(String router) {
        DeviceEntry entry = registry.current().device(router).orElseThrow(() -> new ToolException(
                "Router '" + router + "' left the inventory during the change; nothing was committed"));
        return new ManagementAccess(entry.username(), entry.port());
    }
}
