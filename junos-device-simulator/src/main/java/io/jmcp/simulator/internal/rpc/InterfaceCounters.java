package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.rpc.InterfaceInformation.Port;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code show interfaces [detail|extensive]} shows of one port beyond its name and units
 * (the terse form leaves it out): link type, mode and speed, MAC
 * address, the last flap (when the device came up), and counters that grow with uptime on a link
 * that is up (control traffic, about three packets a second each way) and stay 0 on one that is
 * down. No errors: the simulated links are clean. Element names as in PyEZ's PhyPort tables.
 */
final class InterfaceCounters {
    /** Links come up this long after the boot, as the log says. */
    static final Duration LINK_UP_AFTER_BOOT = Duration.ofSeconds(12);
    private static final int PACKETS_PER_SECOND = 3;
    private static final int BYTES_PER_PACKET = 92;

    private final Port port;
    private final String mac;
    private final Instant flapped;
    private final Duration sinceFlap;
    private final long packets;

    private InterfaceCounters(Port port, DeviceRuntime device) {
        this.port = port;
        this.mac = NetworkView.mac(device.hostname() + "/" + port.name());
        this.flapped = device.bootTime().plus(LINK_UP_AFTER_BOOT);
        Duration up = Duration.between(flapped, device.clock().instant());
        this.sinceFlap = up.isNegative() ? Duration.ZERO : up;
        this.packets = port.linkUp() ? sinceFlap.toSeconds() * PACKETS_PER_SECOND : 0;
    }

    static InterfaceCounters of(Port port, DeviceRuntime device) {
        return new InterfaceCounters(port, device);
    }

    void xml(XmlWriter xml, boolean extensive) {
        xml.leaf("link-level-type", port.name().startsWith("lo") ? "Unspecified" : "Ethernet")
                .leaf("link-mode", "Full-duplex").leaf("speed", speed())
                .leaf("current-physical-address", mac).leaf("hardware-physical-address", mac)
                .leaf("interface-flapped", flapText(), "junos:seconds", sinceFlap.toSeconds())
                .leaf("statistics-cleared", "Never")
                .start("traffic-statistics").attribute("junos:style", "verbose")
                .leaf("input-bytes", packets * BYTES_PER_PACKET).leaf("input-bps", 0)
                .leaf("output-bytes", packets * BYTES_PER_PACKET).leaf("output-bps", 0)
                .leaf("input-packets", packets).leaf("input-pps", 0)
                .leaf("output-packets", packets).leaf("output-pps", 0).end();
        if (extensive) {
            xml.start("input-error-list");
            inputErrors().forEach((element, value) -> xml.leaf(element, value));
            xml.end().start("output-error-list");
            outputErrors().forEach((element, value) -> xml.leaf(element, value));
            xml.end();
        }
    }

    void text(StringBuilder text, boolean extensive) {
        text.append("  Link-level type: ").append(port.name().startsWith("lo") ? "Unspecified" : "Ethernet")
                .append(", MTU: ").append(port.name().startsWith("lo") ? "Unlimited" : "1514")
                .append(", Speed: ").append(speed()).append(", Duplex: Full-Duplex\n")
                .append("  Current address: ").append(mac).append(", Hardware address: ").append(mac).append('\n')
                .append("  Last flapped   : ").append(flapText()).append('\n')
                .append("  Statistics last cleared: Never\n")
                .append("  Traffic statistics:\n")
                .append(String.format("   Input  bytes  : %18d %20s%n", packets * BYTES_PER_PACKET, "0 bps"))
                .append(String.format("   Output bytes  : %18d %20s%n", packets * BYTES_PER_PACKET, "0 bps"))
                .append(String.format("   Input  packets: %18d %20s%n", packets, "0 pps"))
                .append(String.format("   Output packets: %18d %20s%n", packets, "0 pps"));
        if (extensive) {
            text.append("  Input errors:\n    Errors: 0, Drops: 0, Framing errors: 0, Runts: 0, Policed discards: 0,"
                            + " L3 incompletes: 0, L2 channel errors: 0, L2 mismatch timeouts: 0, FIFO errors: 0,"
                            + " Resource errors: 0\n")
                    .append("  Output errors:\n    Carrier transitions: ").append(port.linkUp() ? 1 : 0)
                    .append(", Errors: 0, Drops: 0, Collisions: 0, Aged packets: 0, FIFO errors: 0, HS link CRC"
                            + " errors: 0, MTU errors: 0, Resource errors: 0\n");
        }
    }

    private String speed() {
        String name = port.name();
        return name.startsWith("lo") ? "Unspecified" : name.startsWith("xe-") ? "10Gbps"
                : name.startsWith("et-") ? "100Gbps" : "1000mbps";
    }

    private String flapText() {
        return JunosTime.format(flapped) + " (" + JunosTime.clockDuration(sinceFlap) + " ago)";
    }

    private static Map<String, Object> inputErrors() {
        Map<String, Object> errors = new LinkedHashMap<>();
        for (String element : new String[] {"input-errors", "input-drops", "framing-errors", "input-runts",
                "input-discards", "input-l3-incompletes", "input-l2-channel-errors", "input-l2-mismatch-timeouts",
                "input-fifo-errors", "input-resource-errors"}) {
            errors.put(element, 0);
        }
        return errors;
    }

    private Map<String, Object> outputErrors() {
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("carrier-transitions", port.linkUp() ? 1 : 0);
        for (String element : new String[] {"output-errors", "output-collisions", "output-drops", "aged-packets",
                "mtu-errors", "hs-link-crc-errors", "output-fifo-errors", "output-resource-errors"}) {
            errors.put(element, 0);
        }
        return errors;
    }
}
