package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.device.OperationalState.BgpGroup;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code get-bgp-summary-information} ({@code show bgp summary}): every configured neighbor,
 * established since the protocols started, exchanging no routes.
 */
final class BgpSummary implements OperationalRpc {
    private static final String PEER_HEADING = "Peer                     AS      InPkt     OutPkt    OutQ   Flaps"
            + " Last Up/Dwn State|#Active/Received/Accepted/Damped...";

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        requireBgp(context.device());
        return OperationalRpc.super.handle(request, context);
    }

    /** @throws RpcException as Junos answers a BGP command when BGP is not configured */
    static void requireBgp(DeviceRuntime device) {
        if (device.operational().bgpGroups().isEmpty()) {
            throw new RpcException(JunosError.operationFailed("BGP is not running"));
        }
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        List<Peer> peers = peers(context.device());
        XmlWriter xml = new XmlWriter().start("bgp-information", context.device().moduleNamespace("routing"))
                .leaf("bgp-thread-mode", "BGP I/O")
                .leaf("group-count", context.device().operational().bgpGroups().size())
                .leaf("peer-count", peers.size())
                .leaf("down-peer-count", 0)
                .start("bgp-rib").attribute("junos:style", "brief").leaf("name", "inet.0")
                .leaf("total-prefix-count", 0).leaf("received-prefix-count", 0).leaf("accepted-prefix-count", 0)
                .leaf("active-prefix-count", 0).leaf("suppressed-prefix-count", 0).leaf("history-prefix-count", 0)
                .leaf("damped-prefix-count", 0).leaf("total-external-prefix-count", 0)
                .leaf("active-external-prefix-count", 0).leaf("accepted-external-prefix-count", 0)
                .leaf("suppressed-external-prefix-count", 0).leaf("total-internal-prefix-count", 0)
                .leaf("active-internal-prefix-count", 0).leaf("accepted-internal-prefix-count", 0)
                .leaf("suppressed-internal-prefix-count", 0).leaf("pending-prefix-count", 0)
                .leaf("bgp-rib-state", "BGP restart is complete").end();
        for (Peer peer : peers) {
            xml.start("bgp-peer").attribute("junos:style", "terse").attribute("heading", PEER_HEADING)
                    .leaf("peer-address", peer.address())
                    .leaf("peer-as", peer.as())
                    .leaf("input-messages", peer.messages()).leaf("output-messages", peer.messages())
                    .leaf("route-queue-count", 0).leaf("flap-count", 0)
                    .leaf("elapsed-time", JunosTime.clockDuration(peer.established()), "junos:seconds",
                            peer.established().toSeconds())
                    .leaf("peer-state", "Established", "junos:format", "Establ")
                    .start("bgp-rib").attribute("junos:style", "terse").leaf("name", "inet.0")
                    .leaf("active-prefix-count", 0).leaf("received-prefix-count", 0)
                    .leaf("accepted-prefix-count", 0).leaf("suppressed-prefix-count", 0).end()
                    .end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        List<Peer> peers = peers(context.device());
        StringBuilder text = new StringBuilder("Threading mode: BGP I/O\n")
                .append("Groups: ").append(context.device().operational().bgpGroups().size())
                .append(" Peers: ").append(peers.size()).append(" Down peers: 0\n")
                .append("Table          Tot Paths  Act Paths Suppressed    History Damp State    Pending\n")
                .append("inet.0\n")
                .append("                       0          0          0          0          0          0\n")
                .append(PEER_HEADING).append('\n');
        for (Peer peer : peers) {
            text.append(String.format("%-20s%7s%11d%11d%8d%8d%12s Establ%n", peer.address(), peer.as(),
                    peer.messages(), peer.messages(), 0, 0, JunosTime.clockDuration(peer.established())))
                    .append("  inet.0: 0/0/0/0\n");
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /** Every configured neighbor, Established since the protocols started. */
    static List<Peer> peers(DeviceRuntime device) {
        String localAs = device.operational().autonomousSystem().map(String::valueOf).orElse("0");
        Duration established = Duration.between(device.bootTime(), device.clock().instant());
        // Keepalives every 30 seconds each way, plus the open and the first update.
        long messages = established.toSeconds() / 30 + 2;
        List<Peer> peers = new ArrayList<>();
        for (BgpGroup group : device.operational().bgpGroups()) {
            String as = group.internal() ? localAs : group.peerAs().map(String::valueOf).orElse(localAs);
            group.neighbors().forEach(address -> peers.add(new Peer(address, as, messages, established, group)));
        }
        return peers;
    }

    /** One neighbor: its address and AS, the messages each way, how long it has been up, its group. */
    record Peer(String address, String as, long messages, Duration established, BgpGroup group) {
    }
}
