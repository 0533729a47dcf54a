package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.SessionPool;

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
 */
public record ToolEnvironment(DeviceRegistry devices, SessionPool sessions, Guardrails guardrails,
        AuditLog auditLog, Duration defaultRpcTimeout, int batchConcurrency) {
}
