package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.BgpSummary.Peer;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code get-bgp-neighbor-information} ({@code show bgp neighbor [ADDRESS]}): the detail of each
 * configured neighbor (or the one asked for; an address that is no neighbor shows nothing, as on
 * Junos), Established with no routes, as {@link BgpSummary} reports it. Element names follow the
 * RPC model and PyEZ's bgpTable (peer-id, local-as, peer-as, local-address, local-id).
 */
final class BgpNeighbor implements OperationalRpc {
    private static final int HOLD_TIME = 90;

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        BgpSummary.requireBgp(context.device());
        return OperationalRpc.super.handle(request, context);
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        String local = localAddress(context.device());
        String localAs = localAs(context.device());
        XmlWriter xml = new XmlWriter().start("bgp-information", context.device().moduleNamespace("routing"));
        for (Peer peer : selected(request, context)) {
            xml.start("bgp-peer").attribute("junos:style", "detail")
                    .leaf("peer-address", peer.address() + "+179").leaf("peer-as", peer.as())
                    .leaf("local-address", local + "+60712").leaf("local-as", localAs)
                    .leaf("peer-group", peer.group().name()).leaf("peer-cfg-rti", "master")
                    .leaf("peer-fwd-rti", "master").leaf("peer-type", peer.group().internal() ? "Internal" : "External")
                    .leaf("peer-state", "Established").leaf("peer-flags", "Sync")
                    .leaf("last-state", "OpenConfirm").leaf("last-event", "RecvKeepAlive").leaf("last-error", "None")
                    .start("bgp-option-information").leaf("holdtime", HOLD_TIME).leaf("preference", 170).end()
                    .leaf("flap-count", 0)
                    .leaf("peer-id", peer.address()).leaf("local-id", local).leaf("active-holdtime", HOLD_TIME)
                    .leaf("keepalive-interval", HOLD_TIME / 3)
                    .start("bgp-rib").attribute("junos:style", "detail").leaf("name", "inet.0")
                    .leaf("rib-bit", 20000).leaf("bgp-rib-state", "BGP restart is complete")
                    .leaf("send-state", "in sync").leaf("active-prefix-count", 0).leaf("received-prefix-count", 0)
                    .leaf("accepted-prefix-count", 0).leaf("suppressed-prefix-count", 0)
                    .leaf("advertised-prefix-count", 0).end()
                    .leaf("input-messages", peer.messages()).leaf("output-messages", peer.messages())
                    .end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        String local = localAddress(context.device());
        String localAs = localAs(context.device());
        StringBuilder text = new StringBuilder();
        for (Peer peer : selected(request, context)) {
            text.append(String.format("""
                    Peer: %1$s+179 AS %2$s Local: %3$s+60712 AS %4$s
                      Group: %5$-22s Routing-Instance: master
                      Forwarding routing-instance: master
                      Type: %6$-10s State: Established    Flags: <Sync>
                      Last State: OpenConfirm   Last Event: RecvKeepAlive
                      Last Error: None
                      Options: <Preference LocalAddress Refresh>
                      Local Address: %3$s Holdtime: %7$d Preference: 170
                      Number of flaps: 0
                      Peer ID: %1$-16s Local ID: %3$-16s Active Holdtime: %7$d
                      Keepalive Interval: %8$d         Group index: 0    Peer index: 0    SNMP index: 0
                      NLRI for restart configured on peer: inet-unicast
                      NLRI advertised by peer: inet-unicast
                      NLRI for this session: inet-unicast
                      Table inet.0 Bit: 20000
                        RIB State: BGP restart is complete
                        Send state: in sync
                        Active prefixes:              0
                        Received prefixes:            0
                        Accepted prefixes:            0
                        Suppressed due to damping:    0
                        Advertised prefixes:          0
                      Input messages:  Total %9$-6d Updates 1       Refreshes 0     Octets %10$d
                      Output messages: Total %9$-6d Updates 0       Refreshes 0     Octets %10$d

                    """, peer.address(), peer.as(), local, localAs, peer.group().name(),
                    peer.group().internal() ? "Internal" : "External", HOLD_TIME, HOLD_TIME / 3, peer.messages(),
                    peer.messages() * 19));
        }
        return text.toString();
    }

    private static List<Peer> selected(RpcRequest request, RpcContext context) {
        List<Peer> peers = BgpSummary.peers(context.device());
        return request.text("neighbor-address")
                .map(address -> peers.stream().filter(peer -> peer.address().equals(address)).toList())
                .orElse(peers);
    }

    /** Sessions run between loopbacks: the router ID, as the demo configuration's local-address says. */
    private static String localAddress(DeviceRuntime device) {
        return device.operational().routerId().orElse("0.0.0.0");
    }

    private static String localAs(DeviceRuntime device) {
        return device.operational().autonomousSystem().map(String::valueOf).orElse("0");
    }
}
