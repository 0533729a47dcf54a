package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.OperationalState;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.Map;

/**
 * {@code get-route-summary-information} ({@code show route summary}) for inet.0: the routes of
 * {@link RouteTable} counted per protocol.
 */
final class RouteSummary implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        OperationalState state = context.device().operational();
        Map<String, Integer> counts = routeCounts(context);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        XmlWriter xml = new XmlWriter().start("route-summary-information", context.device().moduleNamespace("routing"));
        state.routerId().ifPresent(id -> xml.leaf("router-id", id));
        xml.start("route-table").leaf("table-name", "inet.0")
                .leaf("destination-count", total).leaf("total-route-count", total)
                .leaf("active-route-count", total).leaf("holddown-route-count", 0).leaf("hidden-route-count", 0);
        counts.forEach((protocol, count) -> xml.start("protocols").leaf("protocol-name", protocol)
                .leaf("protocol-route-count", count).leaf("active-route-count", count).end());
        return xml.end().end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        OperationalState state = context.device().operational();
        Map<String, Integer> counts = routeCounts(context);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        state.routerId().ifPresent(id -> text.append("Router ID: ").append(id).append('\n'));
        text.append('\n').append(String.format("inet.0: %d destinations, %d routes (%d active, 0 holddown, 0 hidden)%n",
                total, total, total));
        counts.forEach((protocol, count) -> text.append(String.format("%20s: %6d routes, %6d active%n",
                protocol, count, count)));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static Map<String, Integer> routeCounts(RpcContext context) {
        return RouteTable.of(context.device().operational(), context.device().spec().routes()).countsByProtocol();
    }
}
