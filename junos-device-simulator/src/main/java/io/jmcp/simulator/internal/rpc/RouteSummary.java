package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.OperationalState;
import io.jmcp.simulator.internal.device.OperationalState.InterfaceConfig;
import io.jmcp.simulator.internal.device.OperationalState.UnitConfig;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code get-route-summary-information} ({@code show route summary}) for inet.0, counted from the
 * active configuration: a Direct route per configured subnet, a Local route per non-host address,
 * a Static route per static prefix.
 */
final class RouteSummary implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        OperationalState state = context.device().operational();
        Map<String, Integer> counts = routeCounts(state);
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
        Map<String, Integer> counts = routeCounts(state);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        state.routerId().ifPresent(id -> text.append("Router ID: ").append(id).append('\n'));
        text.append('\n').append(String.format("inet.0: %d destinations, %d routes (%d active, 0 holddown, 0 hidden)%n",
                total, total, total));
        counts.forEach((protocol, count) -> text.append(String.format("%20s: %6d routes, %6d active%n",
                protocol, count, count)));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static Map<String, Integer> routeCounts(OperationalState state) {
        int direct = 0;
        int local = 0;
        for (InterfaceConfig port : state.interfaces().values()) {
            if (port.disabled()) {
                continue;
            }
            for (UnitConfig unit : port.units()) {
                List<String> addresses = unit.disabled() ? List.of() : unit.families().getOrDefault("inet", List.of());
                for (String address : addresses) {
                    direct++;
                    if (!address.endsWith("/32")) {
                        local++;
                    }
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        putIfAny(counts, "Direct", direct);
        putIfAny(counts, "Local", local);
        putIfAny(counts, "Static", state.staticRoutes().size());
        return counts;
    }

    private static void putIfAny(Map<String, Integer> counts, String protocol, int count) {
        if (count > 0) {
            counts.put(protocol, count);
        }
    }
}
