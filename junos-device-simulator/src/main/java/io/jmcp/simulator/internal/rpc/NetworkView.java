package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.OperationalState;
import io.jmcp.simulator.internal.device.OperationalState.BgpGroup;
import io.jmcp.simulator.internal.device.OperationalState.InterfaceConfig;
import io.jmcp.simulator.internal.device.OperationalState.UnitConfig;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The network around a simulated device, derived from its active configuration so that every
 * command tells the same story: each addressed, enabled interface has one neighbour at the other
 * address of its subnet (ARP, LLDP, ping, traceroute); an OSPF interface has an adjacency whose
 * router ID is an iBGP neighbour's address (so the iBGP sessions run over it); the management
 * subnet has the default gateway. Names and MAC addresses are stable functions of the addresses.
 */
final class NetworkView {
    private final DeviceRuntime device;
    private final List<Link> links = new ArrayList<>();

    private NetworkView(DeviceRuntime device) {
        this.device = device;
        OperationalState state = device.operational();
        for (InterfaceConfig physical : state.interfaces().values()) {
            if (physical.disabled() || physical.name().startsWith("lo")) {
                continue;
            }
            for (UnitConfig unit : physical.units()) {
                if (unit.disabled()) {
                    continue;
                }
                for (String address : unit.families().getOrDefault("inet", List.of())) {
                    peerOf(address).ifPresent(peer -> links.add(new Link(physical.name(),
                            physical.name() + "." + unit.number(), address.substring(0, address.indexOf('/')), peer,
                            physical.name().equals(device.spec().platform().managementInterface()))));
                }
            }
        }
    }

    static NetworkView of(DeviceRuntime device) {
        return new NetworkView(device);
    }

    /** Every link with a neighbour, in interface order. */
    List<Link> links() {
        return links;
    }

    /** The links to routers (not the management network), which is where LLDP and OSPF neighbours are. */
    List<Link> routerLinks() {
        return links.stream().filter(link -> !link.management()).toList();
    }

    /** The OSPF adjacencies: a link on an OSPF interface, and the neighbour's router ID. */
    List<OspfAdjacency> ospfAdjacencies() {
        List<String> loopbacks = internalBgpNeighbors();
        List<OspfAdjacency> adjacencies = new ArrayList<>();
        for (Link link : routerLinks()) {
            String area = device.operational().ospfInterfaces().get(link.unit());
            if (area != null) {
                int index = adjacencies.size();
                String routerId = index < loopbacks.size() ? loopbacks.get(index) : link.peerAddress();
                adjacencies.add(new OspfAdjacency(link, area, routerId));
            }
        }
        return adjacencies;
    }

    /**
     * The addresses that answer a ping: the device's own, its neighbours, the routers reached
     * through OSPF and the iBGP neighbours (whose sessions are up, so they are reachable).
     */
    Set<String> reachable() {
        Set<String> addresses = new LinkedHashSet<>();
        device.operational().interfaces().values().forEach(physical -> physical.units().forEach(unit ->
                unit.families().values().forEach(list -> list.forEach(address ->
                        addresses.add(address.contains("/") ? address.substring(0, address.indexOf('/')) : address)))));
        links.forEach(link -> addresses.add(link.peerAddress()));
        ospfAdjacencies().forEach(adjacency -> addresses.add(adjacency.routerId()));
        addresses.addAll(internalBgpNeighbors());
        return addresses;
    }

    /**
     * The hops to {@code address}: itself when it is ours or a link's neighbour; through the OSPF
     * neighbour whose router ID it is, or else the first OSPF neighbour, for a router further
     * away; empty when unreachable.
     */
    List<String> pathTo(String address) {
        Set<String> reachable = reachable();
        if (!reachable.contains(address)) {
            return List.of();
        }
        if (links.stream().anyMatch(link -> link.peerAddress().equals(address))) {
            return List.of(address);
        }
        List<OspfAdjacency> adjacencies = ospfAdjacencies();
        return adjacencies.stream().filter(adjacency -> adjacency.routerId().equals(address)).findFirst()
                .or(() -> adjacencies.stream().findFirst())
                .map(adjacency -> List.of(adjacency.link().peerAddress(), address))
                .orElse(List.of(address));
    }

    List<String> internalBgpNeighbors() {
        return device.operational().bgpGroups().stream().filter(BgpGroup::internal)
                .flatMap(group -> group.neighbors().stream()).toList();
    }

    /** A stable MAC address for a name, in Juniper's OUI. */
    static String mac(String seed) {
        int hash = seed.hashCode();
        return String.format(Locale.ROOT, "2c:6b:f5:%02x:%02x:%02x", (hash >> 16) & 0xff, (hash >> 8) & 0xff, hash & 0xff);
    }

    /**
     * The neighbour's address in the subnet of {@code address} ({@code a.b.c.d/len}): the other host of a
     * /30 or /31, the gateway (.254, or .253 when that is ours) of a larger subnet; none for a host route.
     */
    static Optional<String> peerOf(String address) {
        int slash = address.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String[] octets = address.substring(0, slash).split("\\.");
        int length;
        try {
            length = Integer.parseInt(address.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (octets.length != 4 || length >= 32 || length < 8) {
            return Optional.empty();
        }
        int last = Integer.parseInt(octets[3]);
        int peer = switch (length) {
            case 31 -> last ^ 1;
            case 30 -> (last & ~3) + ((last & 3) == 1 ? 2 : 1);
            default -> last == 254 ? 253 : 254;
        };
        return Optional.of(octets[0] + "." + octets[1] + "." + octets[2] + "." + peer);
    }

    /**
     * One link: the local port and unit, our address, and the neighbour at the other end.
     *
     * @param management whether it is the management network (a gateway, not a router peer)
     */
    record Link(String physical, String unit, String localAddress, String peerAddress, boolean management) {

        String peerMac() {
            return mac(peerAddress);
        }

        /** The neighbour's system name, as LLDP reports it. */
        String peerSystemName() {
            return "nbr-" + peerAddress.replace('.', '-');
        }

        /** The neighbour's port: labs cable like ports to like ports. */
        String peerPort() {
            return physical;
        }
    }

    /** An OSPF adjacency over a link, with the neighbour's router ID and the area. */
    record OspfAdjacency(Link link, String area, String routerId) {
    }
}
