package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.NetworkView.Link;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code get-arp-table-information} ({@code show arp [no-resolve]}): one entry per neighbour of
 * the {@link NetworkView}, element names as in the RPC model and PyEZ's ArpTable.
 */
final class ArpTable implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        List<Link> links = NetworkView.of(context.device()).links();
        XmlWriter xml = new XmlWriter().start("arp-table-information", context.device().moduleNamespace("arp"))
                .attribute("junos:style", request.has("no-resolve") ? "no-resolve" : "normal");
        for (Link link : links) {
            xml.start("arp-table-entry")
                    .leaf("mac-address", link.peerMac())
                    .leaf("ip-address", link.peerAddress())
                    .leaf("hostname", link.peerAddress())
                    .leaf("interface-name", link.unit())
                    .start("arp-table-entry-flags").empty("none").end()
                    .end();
        }
        return xml.leaf("arp-entry-count", links.size()).end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        List<Link> links = NetworkView.of(context.device()).links();
        boolean resolve = !request.has("no-resolve");
        StringBuilder text = new StringBuilder(resolve
                ? String.format("%-18s%-16s%-24s%-25s%s%n", "MAC Address", "Address", "Name", "Interface", "Flags")
                : String.format("%-18s%-16s%-25s%s%n", "MAC Address", "Address", "Interface", "Flags"));
        for (Link link : links) {
            text.append(resolve
                    ? String.format("%-18s%-16s%-24s%-25s%s%n", link.peerMac(), link.peerAddress(), link.peerAddress(),
                            link.unit(), "none")
                    : String.format("%-18s%-16s%-25s%s%n", link.peerMac(), link.peerAddress(), link.unit(), "none"));
        }
        text.append("Total entries: ").append(links.size()).append('\n');
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
