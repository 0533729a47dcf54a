package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.BgpSummary.Peer;
import io.jmcp.simulator.internal.rpc.RouteTable.Prefix;
import io.jmcp.simulator.internal.rpc.RouteTable.Route;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code get-route-information} with {@code receive-protocol-name} and {@code peer}
 * ({@code show route receive-protocol bgp PEER}) or {@code advertising-protocol-name} and
 * {@code neighbor} ({@code show route advertising-protocol bgp PEER}): the inet.0 routes exchanged
 * with one BGP neighbor, in Junos's brief BGP form (prefix, BGP next hop, MED, local preference, AS path).
 * The learned BGP routes all come from the first configured neighbor. The router advertises as
 * Junos's default BGP export does (active BGP routes, never back to the neighbor they came from,
 * never from one iBGP neighbor to another) and, when the neighbor's group names an export policy,
 * its Direct and Static routes too (the policy's terms are not evaluated). An address that is no
 * configured neighbor, or a protocol other than BGP, shows the table's heading and no route.
 */
final class BgpRouteExchange {
    private static final String COLUMNS = "  Prefix                  Nexthop              MED     Lclpref    AS path";
    private static final String INTERNAL_LOCAL_PREFERENCE = "100";
    private static final Pattern IPV6_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final List<String> EXPORTED_BY_POLICY = List.of("Direct", "Static");

    private final RouteTable table;
    private final DeviceRuntime device;
    private final boolean received;
    private final String protocol;
    private final String address;

    private BgpRouteExchange(RouteTable table, DeviceRuntime device, RpcRequest request) {
        this.table = table;
        this.device = device;
        this.received = request.has("receive-protocol-name");
        this.protocol = request.text(received ? "receive-protocol-name" : "advertising-protocol-name").orElse("");
        String addressElement = received ? "peer" : "neighbor";
        this.address = request.text(addressElement).map(String::strip).orElseThrow(() -> new RpcException(
                JunosError.invalidValue("missing mandatory argument '" + addressElement + "'")));
        if (!isAddress(address)) {
            throw new RpcException(JunosError.invalidValue("invalid value: '" + address + "'"));
        }
    }

    /** Whether the request asks for the routes exchanged with a neighbor rather than the table. */
    static boolean isAsked(RpcRequest request) {
        return request.has("receive-protocol-name") || request.has("advertising-protocol-name");
    }

    static BgpRouteExchange of(RpcRequest request, RouteTable table, DeviceRuntime device) {
        return new BgpRouteExchange(table, device, request);
    }

    String text() {
        StringBuilder text = RouteInformation.appendHeading(new StringBuilder(), table);
        boolean[] first = {true};
        forEachExchanged(route -> {
            if (first[0]) {
                text.append(COLUMNS).append('\n');
                first[0] = false;
            }
            text.append(String.format("* %-23s %-20s %-7s %-10s %s", route.route().destination(), route.nextHop(),
                    "", route.localPreference(), route.asPath())).append('\n');
        });
        return text.toString();
    }

    String xml(String namespace) {
        XmlWriter xml = RouteInformation.startRouteTable(namespace, table);
        forEachExchanged(route -> {
            xml.start("rt").attribute("junos:style", "brief").leaf("rt-destination", route.route().destination())
                    .start("rt-entry").leaf("active-tag", "*").leaf("protocol-name", route.route().protocol());
            if (!route.localPreference().isEmpty()) {
                xml.leaf("local-preference", route.localPreference());
            }
            xml.leaf("as-path", route.asPath()).start("nh").leaf("to", route.nextHop()).end().end().end();
        });
        return xml.end().end().toString();
    }

    private void forEachExchanged(Consumer<ExchangedRoute> action) {
        List<Peer> peers = BgpSummary.peers(device);
        Optional<Peer> neighbor = peers.stream().filter(peer -> peer.address().equals(address)).findFirst();
        if (!protocol.equals("bgp") || neighbor.isEmpty()) {
            return;
        }
        Peer source = peers.get(0);
        if (received) {
            forEachReceived(neighbor.get(), source, action);
        } else {
            forEachAdvertised(neighbor.get(), source, action);
        }
    }

    private void forEachReceived(Peer neighbor, Peer source, Consumer<ExchangedRoute> action) {
        if (neighbor != source) {
            return;
        }
        String asPath = asPathFrom(source);
        String localPreference = localPreferenceTo(source);
        table.forEach(route -> {
            if (isLearned(route)) {
                action.accept(new ExchangedRoute(route, source.address(), localPreference, asPath));
            }
        });
    }

    private void forEachAdvertised(Peer neighbor, Peer source, Consumer<ExchangedRoute> action) {
        boolean learnedGoOut = neighbor != source && !(source.group().internal() && neighbor.group().internal());
        boolean policyExports = !neighbor.group().exportPolicies().isEmpty();
        // Over iBGP the next hop of a route learned over eBGP is left unchanged; over eBGP it is this router.
        String learnedNextHop = neighbor.group().internal() ? source.address() : "Self";
        String learnedAsPath = asPathFrom(source);
        String localPreference = localPreferenceTo(neighbor);
        table.forEach(route -> {
            if (learnedGoOut && isLearned(route)) {
                action.accept(new ExchangedRoute(route, learnedNextHop, localPreference, learnedAsPath));
            } else if (policyExports && EXPORTED_BY_POLICY.contains(route.protocol())) {
                action.accept(new ExchangedRoute(route, "Self", localPreference, "I"));
            }
        });
    }

    private static boolean isLearned(Route route) {
        return route.protocol().equals("BGP");
    }

    /** A route from an iBGP neighbor keeps its AS path (empty: "I"); an eBGP neighbor's starts with its AS. */
    private static String asPathFrom(Peer source) {
        return source.group().internal() ? "I" : source.as() + " I";
    }

    /** Local preference travels over iBGP only. */
    private static String localPreferenceTo(Peer peer) {
        return peer.group().internal() ? INTERNAL_LOCAL_PREFERENCE : "";
    }

    private static boolean isAddress(String text) {
        if (IPV6_ADDRESS.matcher(text).matches()) {
            return true;
        }
        try {
            return Prefix.parse(text).length() == 32 && !text.contains("/");
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** One route as exchanged: its BGP next hop, local preference (empty over eBGP) and AS path. */
    private record ExchangedRoute(Route route, String nextHop, String localPreference, String asPath) {
    }
}
