package io.jmcp.tools;

import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.NetconfException;

import java.time.Duration;

/**
 * The reachability proof of a commit: a new NETCONF session (a new SSH connection and login, never
 * a pooled session, which outlives a change that locks jmcp out) runs a read RPC.
 */
final class NewSessionProof implements NetworkTransaction.ReachabilityProof {
    private static final String READ = "<get-software-information/>";

    @Override
    public void prove(ToolContext context, String router, Duration timeout) {
        DeviceEntry entry = context.devices().current().device(router)
                .orElseThrow(() -> new ToolException("router '" + router + "' left the inventory during the change"));
        try (JunosDevice fresh = JunosDevice.connect(entry.toDeviceOptions(
                context.sessions().settings().connectTimeout(), timeout))) {
            fresh.rpc(READ);
        } catch (NetconfException failure) {
            throw new ToolException("Reachability proof failed: a new NETCONF session could not run a read RPC after "
                    + "the commit. " + DeviceException.describe(router, failure), failure);
        }
    }
}
