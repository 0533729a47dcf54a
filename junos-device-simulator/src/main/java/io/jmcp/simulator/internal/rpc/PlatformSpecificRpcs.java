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
 * (EX), bridge MAC counts (MX). Elsewhere they are unknown RPCs.
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

    static RpcHandler ethernetSwitchingTable() {
        return onlyWhere(PlatformFeatures::hasEthernetSwitching, new OperationalRpc() {
            @Override
            public String xml(RpcRequest request, RpcContext context) {
                return new XmlWriter().start("l2ng-l2ald-rtb-macdb", context.device().moduleNamespace("l2al"))
                        .start("l2ng-l2ald-ethernet-switching-table-summary")
                        .leaf("l2ng-l2-total-mac-count", 0).leaf("l2ng-l2-total-smac-count", 0)
                        .end().end().toString();
            }

            @Override
            public String text(RpcRequest request, RpcContext context) {
                return "\nMAC database summary\n  Total MAC count: 0\n  Total SMAC count: 0\n";
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
