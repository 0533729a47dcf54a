package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.function.Predicate;

/**
 * The RPCs that exist on some platforms only, answered as each platform does: virtual chassis
 * (EX; MX answers with nothing), chassis cluster (SRX: "not enabled"), ELS ethernet switching
 * (EX), bridge MAC counts (MX), flow sessions (SRX). Elsewhere they are unknown RPCs.
 */
final class PlatformSpecificRpcs {

    private PlatformSpecificRpcs() {
    }

    /** {@code handler} on the platforms that have the feature, an unknown RPC elsewhere. */
    static RpcHandler onlyWhere(Predicate<Platform> feature, RpcHandler handler) {
        return (request, context) -> {
            if (!feature.test(context.device().spec().platform())) {
                throw new RpcException(JunosError.unknownRpc(request.name()));
            }
            return handler.handle(request, context);
        };
    }

    static RpcHandler virtualChassis() {
        return onlyWhere(PlatformFeatures::hasVirtualChassis, new OperationalRpc() {
            @Override
            public String handle(RpcRequest request, RpcContext context) {
                // An MX answers with an empty reply, which is how PyEZ tells it is not VC capable.
                return context.device().spec().platform() == Platform.EX ? OperationalRpc.super.handle(request, context) : "";
            }

            @Override
            public String xml(RpcRequest request, RpcContext context) {
                String serial = context.device().spec().serialNumber();
                return new XmlWriter().start("virtual-chassis-information")
                        .start("virtual-chassis-id-information")
                        .leaf("virtual-chassis-id", "5f2a.1c3e.8b10")
                        .leaf("virtual-chassis-mode", "Enabled").end()
                        .start("member-list").attribute("junos:style", "single-slot")
                        .start("member")
                        .leaf("member-status", "Prsnt").leaf("member-id", 0).leaf("fpc-slot", "(FPC 0)")
                        .leaf("member-serial-number", serial).leaf("member-model", context.device().spec().model())
                        .leaf("member-priority", 128).leaf("member-mixed-mode", "N").leaf("member-role", "Master*")
                        .empty("neighbor-list")
                        .end().end().end().toString();
            }

            @Override
            public String text(RpcRequest request, RpcContext context) {
                return String.format("""
                        Preprovisioned Virtual Chassis
                        Virtual Chassis ID: 5f2a.1c3e.8b10
                        Virtual Chassis Mode: Enabled
                                                                        Mstr           Mixed Route Neighbor List
                        Member ID  Status   Serial No    Model          prio  Role      Mode  Mode ID  Interface
                        0 (FPC 0)  Prsnt    %-12s %-14s 128  Master*      N  VC
                        """, context.device().spec().serialNumber(), context.device().spec().model());
            }
        });
    }

    /** Standalone SRX: the cluster daemon answers "not enabled" as an xnm:error inside the reply. */
    static RpcHandler chassisClusterStatus() {
        return onlyWhere(PlatformFeatures::hasChassisCluster, (request, context) ->
                new XmlWriter().start("xnm:error", "http://xml.juniper.net/xnm/1.1/xnm")
                        .attribute("xmlns:xnm", "http://xml.juniper.net/xnm/1.1/xnm")
                        .empty("parse")
                        .leaf("source-daemon", "jsrpd")
                        .leaf("message", "error: Chassis cluster is not enabled")
                        .end().toString());
    }

    /**
     * ELS MAC table, whole or summed up. The simulated switches route on their addressed ports and
     * have no ethernet-switching ports, so the table is empty, in both forms alike.
     */
    static RpcHandler ethernetSwitchingTable() {
        return onlyWhere(PlatformFeatures::hasEthernetSwitching, new OperationalRpc() {
            @Override
            public String xml(RpcRequest request, RpcContext context) {
                XmlWriter xml = new XmlWriter().start("l2ng-l2ald-rtb-macdb", context.device().moduleNamespace("l2al"));
                if (request.has("summary")) {
                    xml.start("l2ng-l2ald-ethernet-switching-table-summary")
                            .leaf("l2ng-l2-total-mac-count", 0).leaf("l2ng-l2-total-smac-count", 0).end();
                } else {
                    xml.start("l2ng-l2ald-mac-entry-vlan").attribute("junos:style", "brief-rtb")
                            .leaf("mac-count-global", 0).leaf("learnt-mac-count", 0)
                            .leaf("l2ng-l2-mac-routing-instance", "default-switch").end();
                }
                return xml.end().toString();
            }

            @Override
            public String text(RpcRequest request, RpcContext context) {
                if (request.has("summary")) {
                    return "\nMAC database summary\n  Total MAC count: 0\n  Total SMAC count: 0\n";
                }
                return """

                        MAC flags (S - static MAC, D - dynamic MAC, L - locally learned, P - Persistent static
                                   SE - statistics enabled, NM - non configured MAC, R - remote PE MAC, O - ovsdb MAC)


                        Ethernet switching table : 0 entries, 0 learned
                        Routing instance : default-switch
                           Vlan                MAC                 MAC         Age    Logical                NH        RTR
                           name                address             flags              interface              Index     ID
                        """;
            }
        });
    }

    /** SRX flow sessions: the device's own management sessions only (the NETCONF/SSH one that asks). */
    static RpcHandler flowSessionSummary() {
        return onlyWhere(PlatformFeatures::hasFlowSessions, new OperationalRpc() {
            @Override
            public String xml(RpcRequest request, RpcContext context) {
                int sessions = context.device().openSessionCount();
                return new XmlWriter().start("flow-session-summary-information",
                                context.device().moduleNamespace("flow"))
                        .leaf("active-unicast-sessions", sessions).leaf("active-multicast-sessions", 0)
                        .leaf("failed-sessions", 0).leaf("active-sessions", sessions)
                        .leaf("active-session-valid", sessions).leaf("active-session-pending", 0)
                        .leaf("active-session-invalidated", 0).leaf("active-session-other", 0)
                        .leaf("max-sessions", 524288).end().toString();
            }

            @Override
            public String text(RpcRequest request, RpcContext context) {
                int sessions = context.device().openSessionCount();
                return String.format("""
                        Unicast-sessions on FPC0 PIC0:
                        Valid sessions: %1$d
                        Pending sessions: 0
                        Invalidated sessions: 0
                        Sessions in other states: 0
                        Total sessions: %1$d
                        Maximum-sessions: 524288
                        """, sessions);
            }
        });
    }

    static RpcHandler bridgeMacTable() {
        return onlyWhere(PlatformFeatures::hasBridgeDomains, new OperationalRpc() {
            @Override
            public String xml(RpcRequest request, RpcContext context) {
                return new XmlWriter().start("l2ald-rtb-mac-count").end().toString();
            }

            @Override
            public String text(RpcRequest request, RpcContext context) {
                return "\n0 MAC address learned in routing instance default-switch bridge domain __all_bds__\n";
            }
        });
    }
}
