package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.output.OutputSettings;
import io.jmcp.core.output.OutputStore;
import io.jmcp.core.output.ResultBudget;
import io.jmcp.core.pool.SessionPool;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The server-wide services every tool call sees through its {@link io.jmcp.core.spi.ToolContext}.
 *
 * @param devices           the device inventory
 * @param sessions          the session pool
 * @param guardrails        block.cmd / block.cfg
 * @param auditLog          where each call is recorded
 * @param defaultRpcTimeout RPC timeout when a call gives none
 * @param batchConcurrency  devices a batch tool works on at once
 * @param persistDevices    devices added at run time are also written to the devices file
 * @param devicesDirectory  where reload_devices may read devices files, or null when nowhere
 * @param outputs           the result budget and the outputs of cut results
 */
public record ToolEnvironment(DeviceRegistry devices, SessionPool sessions, Guardrails guardrails,
        AuditLog auditLog, Duration defaultRpcTimeout, int batchConcurrency, boolean persistDevices,
        Path devicesDirectory, ResultBudget outputs) {

    /** An environment with the default result budget, its outputs kept in memory. */
    public ToolEnvironment(DeviceRegistry devices, SessionPool sessions, Guardrails guardrails, AuditLog auditLog,
            Duration defaultRpcTimeout, int batchConcurrency, boolean persistDevices, Path devicesDirectory) {
        this(devices, sessions, guardrails, auditLog, defaultRpcTimeout, batchConcurrency, persistDevices,
                devicesDirectory, new ResultBudget(new OutputStore(OutputSettings.defaults())));
    }
}
