package io.jmcp.tools;

import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;

/**
 * The server's own parts that built-in tools administer beyond the SPI's views
 * ({@link ToolContext#serverPart}): the device registry (add_device, reload_devices), the session
 * pool's change queue, change settings and reachability proof (configuration changes), and the
 * guardrails' options.
 */
final class ServerParts {

    private ServerParts() {
    }

    static DeviceRegistry registry(ToolContext context) {
        return part(context, DeviceRegistry.class, "device registry");
    }

    static SessionPool pool(ToolContext context) {
        return part(context, SessionPool.class, "session pool");
    }

    static GuardOptions guardOptions(ToolContext context) {
        return part(context, Guardrails.class, "guardrails").options();
    }

    private static <T> T part(ToolContext context, Class<T> type, String what) {
        return context.serverPart(type).orElseThrow(() -> new ToolException(
                "This server gives its tools no " + what + ", which this tool needs: it cannot run here"));
    }
}
