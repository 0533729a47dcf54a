package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.cli.CliGrammar;

import java.util.EnumMap;
import java.util.Map;

/** The CLI commands of each platform and the RPC each stands for (what {@code | display xml rpc} shows). */
final class CliCommands {
    static final String SHOW_CONFIGURATION = "get-configuration";

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
                .command("show system uptime", "get-system-uptime-information")
                .command("show system commit", "get-commit-information")
                .command("show route summary", "get-route-summary-information")
                .command("show route", "get-route-information")
                .command("show route <destination>", "get-route-information")
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
        }
        if (PlatformFeatures.hasBridgeDomains(platform)) {
            grammar.command("show bridge mac-table count", "get-bridge-mac-table", "count");
        }
        return grammar;
    }
}
