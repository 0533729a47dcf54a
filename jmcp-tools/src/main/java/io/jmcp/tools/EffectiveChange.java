package io.jmcp.tools;

import io.jmcp.core.spi.GuardChecks;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.netconf.JunosDevice;

/**
 * The change a loaded candidate would make, judged by the guardrails on the router's own account
 * of it: the committed configuration and the candidate, each with groups inherited and flattened
 * to set lines by the router ({@code get-configuration inherit="inherit" format="set"}). How the
 * change is spelled (delete, deactivate, override, groups, rollback, quoting) does not matter:
 * only what it does to the statements (see {@link GuardChecks#checkChange}).
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
        context.guardrails().checkChange(router, device.rpc(COMMITTED).bodyText(), device.rpc(CANDIDATE).bodyText());
    }
}
