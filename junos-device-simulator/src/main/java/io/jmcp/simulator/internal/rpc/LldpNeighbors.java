package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.NetworkView.Link;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code get-lldp-neighbors-information} ({@code show lldp neighbors [interface X]}): one
 * neighbour per router link of the {@link NetworkView}, in the brief form of the real reply
 * (element names as in ../shared/junos-replies and PyEZ's LLDPNeighborTable).
 */
final class LldpNeighbors implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("lldp-neighbors-information").attribute("junos:style", "brief");
        for (Link link : neighbors(request, context)) {
            xml.start("lldp-neighbor-information")
                    .leaf("lldp-local-port-id", link.physical())
                    .leaf("lldp-local-parent-interface-name", "-")
                    .leaf("lldp-remote-chassis-id-subtype", "Mac address")
                    .leaf("lldp-remote-chassis-id", link.peerMac())
                    .leaf("lldp-remote-port-description", link.peerPort())
                    .leaf("lldp-remote-system-name", link.peerSystemName())
                    .end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        StringBuilder text = new StringBuilder(String.format("%-19s%-20s%-20s%-20s%s%n", "Local Interface",
                "Parent Interface", "Chassis Id", "Port info", "System Name"));
        for (Link link : neighbors(request, context)) {
            text.append(String.format("%-19s%-20s%-20s%-20s%s%n", link.physical(), "-", link.peerMac(),
                    link.peerPort(), link.peerSystemName()));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static List<Link> neighbors(RpcRequest request, RpcContext context) {
        List<Link> links = NetworkView.of(context.device()).routerLinks();
        return request.text("interface-device")
                .map(name -> links.stream().filter(link -> link.physical().equals(name)).toList())
                .orElse(links);
    }
}
