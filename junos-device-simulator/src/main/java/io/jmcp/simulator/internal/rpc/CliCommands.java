package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.cli.CliGrammar;

import java.util.EnumMap;
import java.util.Map;

/** The CLI commands of each platform and the RPC each stands for (what {@code | display xml rpc} shows). */
final class CliCommands {
    static final String SHOW_CONFIGURATION = "get-configuration";

    /** The options of {@code ping} and {@code traceroute} the simulator honours or accepts (true: takes a value). */
    private static final Map<String, Boolean> PING_OPTIONS = Map.of("count", true, "rapid", false, "source", true,
            "routing-instance", true, "size", true, "wait", true, "ttl", true, "interval", true, "do-not-fragment", false);
    private static final Map<String, Boolean> TRACEROUTE_OPTIONS = Map.of("source", true, "routing-instance", true,
            "ttl", true, "wait", true, "no-resolve", false);

    private static final Map<Platform, CliGrammar> GRAMMARS = new EnumMap<>(Platform.class);

    static {
        for (Platform platform : Platform.values()) {
            GRAMMARS.put(platform, grammarFor(platform));
        }
    }

    private CliCommands() {
    }

    static CliGrammar of(Platform platform) {
        return GRAMMARS.get(platform);
    }

    private static CliGrammar grammarFor(Platform platform) {
        CliGrammar grammar = new CliGrammar()
                .command("show version", "get-software-information")
                .command("show version invoke-on all-routing-engines", "get-software-information",
                        "invoke-on=all-routing-engines")
                .command("show interfaces", "get-interface-information")
                .command("show interfaces terse", "get-interface-information", "terse")
                .command("show interfaces terse <interface-name>", "get-interface-information", "terse")
                .command("show interfaces <interface-name>", "get-interface-information")
                .command("show interfaces <interface-name> terse", "get-interface-information", "terse")
                .command("show interfaces detail", "get-interface-information", "detail")
                .command("show interfaces detail <interface-name>", "get-interface-information", "detail")
                .command("show interfaces <interface-name> detail", "get-interface-information", "detail")
                .command("show interfaces extensive", "get-interface-information", "extensive")
                .command("show interfaces extensive <interface-name>", "get-interface-information", "extensive")
                .command("show interfaces <interface-name> extensive", "get-interface-information", "extensive")
                .command("show interfaces diagnostics optics", "get-interface-optics-diagnostics-information")
                .command("show interfaces diagnostics optics <interface-name>",
                        "get-interface-optics-diagnostics-information")
                .command("show lldp neighbors", "get-lldp-neighbors-information")
                .command("show lldp neighbors interface <interface-device>", "get-lldp-interface-neighbors")
                .command("show lacp interfaces", "get-lacp-interface-information")
                .command("show lacp interfaces <interface-name>", "get-lacp-interface-information")
                .command("show log <filename>", "get-log")
                .command("show bgp neighbor", "get-bgp-neighbor-information")
                .command("show bgp neighbor <neighbor-address>", "get-bgp-neighbor-information")
                .command("show ospf neighbor", "get-ospf-neighbor-information")
                .command("show chassis alarms", "get-alarm-information")
                .command("show chassis environment", "get-environment-information")
                .command("show system alarms", "get-system-alarm-information")
                .command("show system storage", "get-system-storage")
                .command("show system processes", "get-system-process-information")
                .command("show system processes summary", "get-system-process-information", "summary")
                .command("show arp", "get-arp-table-information")
                .command("show arp no-resolve", "get-arp-table-information", "no-resolve")
                .commandWithOptions("ping <host>", "ping", PING_OPTIONS)
                .commandWithOptions("traceroute <host>", "traceroute", TRACEROUTE_OPTIONS)
                .command("show system uptime", "get-system-uptime-information")
                .command("show system commit", "get-commit-information")
                .command("show route summary", "get-route-summary-information")
                .command("show route", "get-route-information")
                .command("show route <destination>", "get-route-information")
                .command("show route receive-protocol bgp <peer>", "get-route-information", "receive-protocol-name=bgp")
                .command("show route advertising-protocol bgp <neighbor>", "get-route-information",
                        "advertising-protocol-name=bgp")
                .command("show bgp summary", "get-bgp-summary-information")
                .command("show chassis hardware", "get-chassis-inventory")
                .command("show chassis routing-engine", "get-route-engine-information")
                .command("show configuration <path...>", SHOW_CONFIGURATION, Map.of("database", "committed"));
        if (PlatformFeatures.hasVirtualChassis(platform)) {
            grammar.command("show virtual-chassis", "get-virtual-chassis-information");
        }
        if (PlatformFeatures.hasChassisCluster(platform)) {
            grammar.command("show chassis cluster status", "get-chassis-cluster-status");
        }
        if (PlatformFeatures.hasEthernetSwitching(platform)) {
            grammar.command("show ethernet-switching table summary", "get-ethernet-switching-table-information",
                    "summary");
            grammar.command("show ethernet-switching table", "get-ethernet-switching-table-information");
        }
        if (PlatformFeatures.hasFlowSessions(platform)) {
            grammar.command("show security flow session summary", "get-flow-session-information", "summary");
        }
        if (PlatformFeatures.hasBridgeDomains(platform)) {
            grammar.command("show bridge mac-table count", "get-bridge-mac-table", "count");
        }
        return grammar;
    }
}
