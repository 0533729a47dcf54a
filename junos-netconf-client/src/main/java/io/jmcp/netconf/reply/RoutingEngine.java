package io.jmcp.netconf.reply;

import java.time.Duration;
import java.util.Locale;

/**
 * One routing engine of a device, as facts report it.
 *
 * @param node the chassis, cluster node or virtual-chassis member it belongs to (e.g. {@code
 *     node0}, {@code member1}, {@code lcc0-re0}), or null on a single chassis
 * @param slot its slot; 0 when the device reports none, as single-RE platforms do
 * @param model e.g. {@code RE-S-1800x4}
 * @param status e.g. {@code OK}
 * @param mastershipState e.g. {@code master}, {@code backup}; {@code master} when the device
 *     reports none, as single-RE platforms do
 * @param uptime how long it has been up, or null
 * @param uptimeText the same as the device displays it, e.g. {@code 9 days, 22 hours, 27 minutes}
 * @param lastRebootReason e.g. {@code Router rebooted after a normal shutdown.}
 */
public record RoutingEngine(String node, int slot, String model, String status, String mastershipState,
                            Duration uptime, String uptimeText, String lastRebootReason) {

    /** PyEZ's name for it: {@code RE0}, {@code RE1}. */
    public String name() {
        return "RE" + slot;
    }

    public boolean isMaster() {
        return mastershipState != null && mastershipState.toLowerCase(Locale.ROOT).startsWith("master");
    }
}
