package io.jmcp.tools;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.guard.ManagementAccess;
import io.jmcp.core.guard.RouterConfiguration;
import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.JunosDevice;

/**
 * The change a loaded candidate would make, judged by the guardrails on the router's own account
 * of it: the committed configuration and the candidate, each with groups inherited and flattened
 * to set lines by the router ({@code get-configuration inherit="inherit" format="set"}). How the
 * change is spelled (delete, deactivate, override, groups, rollback, quoting) does not matter:
 * only what it does to the statements (see {@link Guardrails#checkChange}).
 */
final class EffectiveChange {
    private static final String COMMITTED = "<get-configuration database=\"committed\" inherit=\"inherit\" format=\"set\"/>";
    private static final String CANDIDATE = "<get-configuration database=\"candidate\" inherit=\"inherit\" format=\"set\"/>";

    private EffectiveChange() {
    }

    /**
     * @throws io.jmcp.core.guard.BlockedException naming the statement, what the change does to it and the pattern
     * @throws io.jmcp.core.guard.LockoutException when the change would lock jmcp out of {@code router}
     */
    static void check(ToolContext context, String router, JunosDevice device) {
        RouterConfiguration committed = RouterConfiguration.of(device.rpc(COMMITTED).bodyText());
        RouterConfiguration candidate = RouterConfiguration.of(device.rpc(CANDIDATE).bodyText());
        context.guardrails().checkChange(committed, candidate, access(context, router));
    }

    private static ManagementAccess access(ToolContext context, String router) {
        DeviceEntry entry = context.devices().current().device(router).orElseThrow(() -> new ToolException(
                "Router '" + router + "' left the inventory during the change; nothing was committed"));
        return new ManagementAccess(entry.username(), entry.port());
    }
}
