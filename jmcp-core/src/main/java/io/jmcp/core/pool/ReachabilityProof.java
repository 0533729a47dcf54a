package io.jmcp.core.pool;

import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.InventoryException;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.error.NetconfException;

import java.time.Duration;
import java.util.Optional;

/**
 * Proves that jmcp can still manage a router after a commit: a new NETCONF session (a new SSH
 * connection and login, never a pooled session, which would survive the loss of the NETCONF service
 * or of jmcp's login) runs a read RPC. The router's answer is the proof; anything else is its
 * failure, described.
 */
public final class ReachabilityProof {
    /** Answered by every Junos device, cheap, and needs nothing but a working login. */
    static final String READ_RPC = "<get-software-information/>";

    private final DeviceRegistry registry;
    private final Duration connectTimeout;

    ReachabilityProof(DeviceRegistry registry, Duration connectTimeout) {
        this.registry = registry;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Opens a new session to {@code router} as the inventory describes it now, runs the read RPC and
     * closes the session. Never throws for the router's failure: it is the result.
     *
     * @param rpcTimeout time limit of the read RPC (connecting has the pool's connect timeout)
     */
    public Result prove(String router, Duration rpcTimeout) {
        long started = System.nanoTime();
        Optional<DeviceEntry> entry = registry.current().device(router);
        if (entry.isEmpty()) {
            return Result.failed(router, started, "the router left the inventory, so jmcp cannot open a session to it");
        }
        try (JunosDevice device = JunosDevice.connect(entry.get().toDeviceOptions(connectTimeout, rpcTimeout))) {
            device.rpc(READ_RPC);
            return new Result(router, true, Duration.ofNanos(System.nanoTime() - started), null);
        } catch (NetconfException | InventoryException failure) {
            return Result.failed(router, started, failure.getMessage());
        }
    }

    /**
     * @param router  the router
     * @param reached whether the new session answered the read RPC
     * @param took    how long the proof took
     * @param failure what failed, when not reached; else null
     */
    public record Result(String router, boolean reached, Duration took, String failure) {

        private static Result failed(String router, long started, String failure) {
            return new Result(router, false, Duration.ofNanos(System.nanoTime() - started), failure);
        }

        /** What was tried and how it went, without a closing period. */
        public String describe() {
            String attempt = "a new NETCONF session to " + router + " (new SSH connection and login) running "
                    + "get-software-information";
            return reached ? attempt + " answered in " + Elapsed.describe(took)
                    : attempt + " failed after " + Elapsed.describe(took) + ": " + failure.strip().replaceAll("\\.$", "");
        }
    }
}
