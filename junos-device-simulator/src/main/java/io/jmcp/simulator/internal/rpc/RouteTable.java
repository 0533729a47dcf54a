package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.OperationalState;
import io.jmcp.simulator.internal.device.OperationalState.InterfaceConfig;
import io.jmcp.simulator.internal.device.OperationalState.UnitConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The device's inet.0: a Direct route per configured subnet, a Local route per non-host address, a
 * Static route per static prefix, and the spec's learned BGP routes (16.0.0.0/24, 16.0.1.0/24, ...).
 * The learned routes are made from their index when shown, so a million cost no memory.
 */
final class RouteTable {
    private static final long LEARNED_BASE = 16L << 24;
    private static final String LEARNED_PROTOCOL = "BGP";

    private final List<Route> configured;
    private final int learned;
    private final String learnedNextHop;

    private RouteTable(List<Route> configured, int learned, String learnedNextHop) {
        this.configured = configured;
        this.learned = learned;
        this.learnedNextHop = learnedNextHop;
    }

    static RouteTable of(OperationalState state, int learnedRoutes) {
        List<Route> routes = new ArrayList<>();
        String firstHop = null;
        for (InterfaceConfig port : state.interfaces().values()) {
            if (port.disabled()) {
                continue;
            }
            for (UnitConfig unit : port.units()) {
                List<String> addresses = unit.disabled() ? List.of() : unit.families().getOrDefault("inet", List.of());
                String name = port.name() + "." + unit.number();
                for (String address : addresses) {
                    Prefix prefix = Prefix.parse(address);
                    routes.add(new Route(prefix.network(), prefix.length(), "Direct", 0, ">  via " + name));
                    if (prefix.length() < 32) {
                        routes.add(new Route(prefix.address(), 32, "Local", 0, "   Local via " + name));
                        if (firstHop == null && !port.name().equals("lo0")) {
                            firstHop = ">  to " + Prefix.format(prefix.address() + 1) + " via " + name;
                        }
                    }
                }
            }
        }
        state.staticRoutes().forEach((destination, nextHops) -> {
            Prefix prefix = Prefix.parse(destination);
            routes.add(new Route(prefix.network(), prefix.length(), "Static", 5,
                    nextHops.isEmpty() ? ">  Discard" : ">  to " + nextHops.get(0)));
        });
        routes.sort(Comparator.comparingLong(Route::address).thenComparingInt(Route::length)
                .thenComparing(Route::protocol));
        return new RouteTable(routes, learnedRoutes, firstHop != null ? firstHop : ">  Discard");
    }

    int size() {
        return configured.size() + learned;
    }

    /** Routes per protocol, in the order {@code show route summary} lists them. */
    Map<String, Integer> countsByProtocol() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (learned > 0) {
            counts.put(LEARNED_PROTOCOL, learned);
        }
        for (String protocol : List.of("Direct", "Local", "Static")) {
            int count = (int) configured.stream().filter(route -> route.protocol().equals(protocol)).count();
            if (count > 0) {
                counts.put(protocol, count);
            }
        }
        return counts;
    }

    /** Every route in address order, learned ones made one at a time. */
    void forEach(Consumer<Route> action) {
        int next = 0;
        for (int index = 0; index < learned; index++) {
            long address = LEARNED_BASE + 256L * index;
            while (next < configured.size() && configured.get(next).address() <= address) {
                action.accept(configured.get(next++));
            }
            action.accept(learnedRoute(index));
        }
        configured.subList(next, configured.size()).forEach(action);
    }

    /** The most specific route to {@code destination} (an address or prefix), as {@code show route X} finds it. */
    Optional<Route> longestMatch(Prefix destination) {
        Route best = null;
        for (Route route : configured) {
            if (route.covers(destination) && (best == null || route.length() > best.length())) {
                best = route;
            }
        }
        long index = (destination.network() - LEARNED_BASE) >> 8;
        if (destination.length() >= 24 && index >= 0 && index < learned && (best == null || best.length() <= 24)) {
            best = learnedRoute((int) index);
        }
        return Optional.ofNullable(best);
    }

    private Route learnedRoute(int index) {
        return new Route(LEARNED_BASE + 256L * index, 24, LEARNED_PROTOCOL, 170, learnedNextHop);
    }

    /**
     * One route and its active next hop.
     *
     * @param nextHop the next-hop line as the CLI prints it after the indentation, e.g. {@code >  to 10.0.0.2 via ge-0/0/0.0}
     */
    record Route(long address, int length, String protocol, int preference, String nextHop) {

        String destination() {
            return Prefix.format(address) + "/" + length;
        }

        boolean covers(Prefix destination) {
            return length <= destination.length() && Prefix.mask(address, length) == Prefix.mask(destination.network(), length);
        }

        /** How long the route has been installed: made from the route, so that every listing agrees. */
        long ageSeconds() {
            return 86_400L * 9 + Math.floorMod(address * 31 + length, 86_400L);
        }
    }

    /** An IPv4 address with a prefix length ({@code /32} when none is given). */
    record Prefix(long address, int length) {

        static Prefix parse(String text) {
            int slash = text.indexOf('/');
            String[] octets = (slash < 0 ? text : text.substring(0, slash)).split("\\.", -1);
            if (octets.length != 4) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            long address = 0;
            for (String octet : octets) {
                int value = Integer.parseInt(octet);
                if (value < 0 || value > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: " + text);
                }
                address = address << 8 | value;
            }
            int length = slash < 0 ? 32 : Integer.parseInt(text.substring(slash + 1));
            if (length < 0 || length > 32) {
                throw new IllegalArgumentException("not a prefix length: " + text);
            }
            return new Prefix(address, length);
        }

        long network() {
            return mask(address, length);
        }

        static long mask(long address, int length) {
            return length == 0 ? 0 : address & (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
        }

        static String format(long address) {
            return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
        }
    }
}
