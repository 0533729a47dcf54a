package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.NetworkView.Link;
import io.jmcp.simulator.internal.rpc.NetworkView.OspfAdjacency;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code get-log} ({@code show log messages}): the syslog file {@code messages}, written from
 * what the device did: the boot, links coming up, OSPF adjacencies and BGP sessions reaching
 * their final state, and every commit with its user, all in syslog's own form. Other files do
 * not exist. The RPC answers with {@code file-content}, as the RPC model says.
 */
final class LogMessages implements RpcHandler {
    static final String MESSAGES = "messages";
    private static final DateTimeFormatter SYSLOG_TIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        String file = request.text("filename").orElse(MESSAGES);
        if (!file.equals(MESSAGES) && !file.equals("/var/log/" + MESSAGES)) {
            throw new RpcException(JunosError.operationFailed("could not resolve file: " + file));
        }
        String content = content(context.device());
        if (request.format().equals("text") || request.format().equals("ascii")) {
            return new XmlWriter().start("output").text("\n" + content).end().toString();
        }
        return new XmlWriter().start("file-content").attribute("filename", "/var/log/" + MESSAGES)
                .text("\n" + content).end().toString();
    }

    private static String content(DeviceRuntime device) {
        Instant boot = device.bootTime();
        String host = device.hostname();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(boot, "/kernel: Copyright (c) 1996-2024, Juniper Networks, Inc."));
        entries.add(new Entry(boot.plusSeconds(1), "/kernel: JUNOS " + device.spec().version() + " built by builder"));
        entries.add(new Entry(boot.plusSeconds(5), "init: routing (PID 1520) started"));
        NetworkView network = NetworkView.of(device);
        int ifIndex = 520;
        for (Link link : network.routerLinks()) {
            entries.add(new Entry(boot.plusSeconds(12), "mib2d[1512]: SNMP_TRAP_LINK_UP: ifIndex " + ifIndex++
                    + ", ifAdminStatus up(1), ifOperStatus up(1), ifName " + link.physical()));
        }
        for (OspfAdjacency adjacency : network.ospfAdjacencies()) {
            entries.add(new Entry(boot.plusSeconds(20), "rpd[1520]: RPD_OSPF_NBRUP: OSPF neighbor "
                    + adjacency.link().peerAddress() + " (realm ospf-v2 " + adjacency.link().unit() + " area "
                    + adjacency.area() + ") state changed from Loading to Full due to LoadDone (event reason: OSPF"
                    + " loading completed)"));
        }
        String as = device.operational().autonomousSystem().map(String::valueOf).orElse("0");
        for (String neighbor : network.internalBgpNeighbors()) {
            entries.add(new Entry(boot.plusSeconds(30), "rpd[1520]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer "
                    + neighbor + " (Internal AS " + as + ") changed state from OpenConfirm to Established"
                    + " (event RecvKeepAlive) (instance master)"));
        }
        for (CommitRecord commit : device.store().history()) {
            entries.add(new Entry(commit.time(), "mgd[2210]: UI_COMMIT: User '" + commit.user() + "' requested '"
                    + (commit.isConfirmed() ? "commit confirmed" : "commit") + "' operation (comment: "
                    + commit.commentIfAny().orElse("none") + ")"));
        }
        entries.sort(Comparator.comparing(Entry::time));
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(SYSLOG_TIME.format(entry.time())).append("  ").append(host).append(' ')
                .append(entry.message()).append('\n'));
        return text.toString();
    }

    private record Entry(Instant time, String message) {
    }
}
