package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.NetworkView.OspfAdjacency;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code get-ospf-neighbor-information} ({@code show ospf neighbor}): one Full adjacency per
 * OSPF interface of the configuration that has a neighbour in the {@link NetworkView}. Without
 * OSPF configured, Junos answers "OSPF instance is not running", as here.
 */
final class OspfNeighbors implements OperationalRpc {
    private static final int DEAD_TIMER = 36;

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        if (context.device().operational().ospfInterfaces().isEmpty()) {
            return new XmlWriter().start("output").text("\nOSPF instance is not running\n").end().toString();
        }
        return OperationalRpc.super.handle(request, context);
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("ospf-neighbor-information", context.device().moduleNamespace("routing"));
        for (OspfAdjacency adjacency : adjacencies(context)) {
            xml.start("ospf-neighbor")
                    .leaf("neighbor-address", adjacency.link().peerAddress())
                    .leaf("interface-name", adjacency.link().unit())
                    .leaf("ospf-neighbor-state", "Full")
                    .leaf("neighbor-id", adjacency.routerId())
                    .leaf("neighbor-priority", 128)
                    .leaf("activity-timer", DEAD_TIMER)
                    .end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        StringBuilder text = new StringBuilder(String.format("%-17s%-22s%-9s%-16s%-5s%s%n", "Address", "Interface",
                "State", "ID", "Pri", "Dead"));
        for (OspfAdjacency adjacency : adjacencies(context)) {
            text.append(String.format("%-17s%-22s%-9s%-16s%4d%6d%n", adjacency.link().peerAddress(),
                    adjacency.link().unit(), "Full", adjacency.routerId(), 128, DEAD_TIMER));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static List<OspfAdjacency> adjacencies(RpcContext context) {
        return NetworkView.of(context.device()).ospfAdjacencies();
    }
}
