package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcDispatcher;

/** Every RPC a simulated Junos device answers, by element name. */
public final class JunosRpcs {

    private JunosRpcs() {
    }

    public static RpcDispatcher dispatcher() {
        return RpcDispatcher.builder()
                // facts and show commands
                .register("get-software-information", new SoftwareInformation())
                .register("get-route-engine-information", new RouteEngineInformation())
                .register("get-chassis-inventory", new ChassisInventory())
                .register("get-system-uptime-information", new SystemUptime())
                .register("get-interface-information", new InterfaceInformation())
                .register("get-route-summary-information", new RouteSummary())
                .register("get-route-information", new RouteInformation())
                .register("get-bgp-summary-information", new BgpSummary())
                .register("get-commit-information", new CommitInformation())
                .register("get-virtual-chassis-information", PlatformSpecificRpcs.virtualChassis())
                .register("get-chassis-cluster-status", PlatformSpecificRpcs.chassisClusterStatus())
                .register("get-ethernet-switching-table-information", PlatformSpecificRpcs.ethernetSwitchingTable())
                .register("get-bridge-mac-table", PlatformSpecificRpcs.bridgeMacTable())
                .register("get-flow-session-information", PlatformSpecificRpcs.flowSessionSummary())
                .register("get-lldp-neighbors-information", new LldpNeighbors())
                .register("get-lldp-interface-neighbors", new LldpNeighbors())
                .register("get-lacp-interface-information", new LacpInterfaces())
                .register("get-interface-optics-diagnostics-information", new OpticsDiagnostics())
                .register("get-log", new LogMessages())
                .register("get-bgp-neighbor-information", new BgpNeighbor())
                .register("get-ospf-neighbor-information", new OspfNeighbors())
                .register("get-alarm-information", new Alarms())
                .register("get-system-alarm-information", new Alarms())
                .register("get-environment-information", new ChassisEnvironment())
                .register("get-system-storage", new SystemStorage())
                .register("get-system-process-information", new SystemProcesses())
                .register("get-arp-table-information", new ArpTable())
                .register("ping", new Ping())
                .register("traceroute", new Traceroute())
                .register("file-show", FileRpcs.fileShow())
                .register("file-list", FileRpcs.fileList())
                .register("request-pfe-execute", new PfeExecute())
                .register("command", new CommandRpc())
                // configuration, Junos style
                .register("get-configuration", new GetConfiguration())
                .register("load-configuration", new LoadConfiguration())
                .register("commit-configuration", new CommitConfiguration())
                .register("lock-configuration", DatabaseRpcs.lock())
                .register("unlock-configuration", DatabaseRpcs.unlock())
                .register("open-configuration", DatabaseRpcs.openConfiguration())
                .register("close-configuration", DatabaseRpcs.closeConfiguration())
                .register("discard-changes", DatabaseRpcs.discardChanges())
                // configuration, RFC 6241 style
                .register("get-config", StandardConfigRpcs.getConfig())
                .register("edit-config", StandardConfigRpcs.editConfig())
                .register("commit", StandardConfigRpcs.commit())
                .register("validate", StandardConfigRpcs.validate())
                .register("lock", DatabaseRpcs.onDatastore(DatabaseRpcs.lock()))
                .register("unlock", DatabaseRpcs.onDatastore(DatabaseRpcs.unlock()))
                // sessions
                .register("close-session", SessionRpcs.closeSession())
                .register("kill-session", SessionRpcs.killSession())
                .build();
    }
}
