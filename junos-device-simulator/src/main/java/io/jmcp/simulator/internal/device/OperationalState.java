package io.jmcp.simulator.internal.device;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.command.JunosWords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the running device looks like, derived from its active configuration the way a lab
 * router's state follows its configuration: host-name, interfaces and their addresses, static
 * routes, BGP groups, OSPF interfaces. Read from the configuration's {@code set} form, inactive statements skipped.
 */
public final class OperationalState {
    private String hostname;
    private String domainName;
    private String routerId;
    private Long autonomousSystem;
    private final Map<String, InterfaceConfig> interfaces = new TreeMap<>();
    private final Map<String, List<String>> staticRoutes = new LinkedHashMap<>();
    private final Map<String, BgpGroup> bgpGroups = new LinkedHashMap<>();
    private final Map<String, String> ospfAreas = new LinkedHashMap<>();
    private final List<String> ospfPassive = new ArrayList<>();

    private OperationalState() {
    }

    public static OperationalState of(Configuration active) {
        OperationalState state = new OperationalState();
        List<List<String>> statements = new ArrayList<>();
        List<List<String>> inactive = new ArrayList<>();
        for (String line : active.toSet().split("\n")) {
            List<String> words = JunosWords.split(line);
            if (words.size() < 2) {
                continue;
            }
            switch (words.get(0)) {
                case "set" -> statements.add(words.subList(1, words.size()));
                case "deactivate" -> inactive.add(words.subList(1, words.size()));
                default -> {
                    // other verbs (e.g. "protect") do not change what the device does
                }
            }
        }
        statements.stream()
                .filter(statement -> inactive.stream().noneMatch(prefix -> startsWith(statement, prefix)))
                .forEach(state::apply);
        return state;
    }

    public Optional<String> hostname() {
        return Optional.ofNullable(hostname);
    }

    public Optional<String> domainName() {
        return Optional.ofNullable(domainName);
    }

    public Optional<String> routerId() {
        return Optional.ofNullable(routerId);
    }

    public Optional<Long> autonomousSystem() {
        return Optional.ofNullable(autonomousSystem);
    }

    /** Configured physical interfaces by name, sorted. */
    public Map<String, InterfaceConfig> interfaces() {
        return interfaces;
    }

    /** Static route prefixes and their next hops, in configuration order. */
    public Map<String, List<String>> staticRoutes() {
        return staticRoutes;
    }

    public List<BgpGroup> bgpGroups() {
        return List.copyOf(bgpGroups.values());
    }

    /** OSPF interfaces ({@code ge-0/0/0.0}) that form adjacencies, with their area, in configuration order. */
    public Map<String, String> ospfInterfaces() {
        Map<String, String> active = new LinkedHashMap<>(ospfAreas);
        ospfPassive.forEach(active::remove);
        return active;
    }

    private void apply(List<String> words) {
        switch (words.get(0)) {
            case "system" -> applySystem(words);
            case "interfaces" -> applyInterface(words);
            case "routing-options" -> applyRoutingOptions(words);
            case "protocols" -> applyProtocols(words);
            default -> {
                // the rest of the configuration has no operational effect in the simulator
            }
        }
    }

    private void applySystem(List<String> words) {
        if (words.size() == 3 && words.get(1).equals("host-name")) {
            hostname = words.get(2);
        } else if (words.size() == 3 && words.get(1).equals("domain-name")) {
            domainName = words.get(2);
        }
    }

    private void applyInterface(List<String> words) {
        if (words.size() < 3 || words.get(1).equals("interface-range")) {
            return;
        }
        InterfaceConfig physical = interfaces.computeIfAbsent(words.get(1), InterfaceConfig::new);
        String attribute = words.get(2);
        if (attribute.equals("description") && words.size() > 3) {
            physical.description = words.get(3);
        } else if (attribute.equals("disable")) {
            physical.disabled = true;
        } else if (attribute.equals("unit") && words.size() > 3) {
            applyUnit(physical.unit(words.get(3)), words.subList(4, words.size()));
        }
    }

    private static void applyUnit(UnitConfig unit, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        if (words.get(0).equals("disable")) {
            unit.disabled = true;
        } else if (words.get(0).equals("family") && words.size() > 1) {
            List<String> addresses = unit.families.computeIfAbsent(words.get(1), family -> new ArrayList<>());
            if (words.size() > 3 && words.get(2).equals("address") && !addresses.contains(words.get(3))) {
                addresses.add(words.get(3));
            }
        }
    }

    private void applyRoutingOptions(List<String> words) {
        if (words.size() == 3 && words.get(1).equals("router-id")) {
            routerId = words.get(2);
        } else if (words.size() >= 3 && words.get(1).equals("autonomous-system")) {
            autonomousSystem = parseLong(words.get(2));
        } else if (words.size() >= 4 && words.get(1).equals("static") && words.get(2).equals("route")) {
            List<String> nextHops = staticRoutes.computeIfAbsent(words.get(3), prefix -> new ArrayList<>());
            if (words.size() >= 6 && words.get(4).equals("next-hop")) {
                nextHops.add(words.get(5));
            }
        }
    }

    private void applyProtocols(List<String> words) {
        if (words.size() >= 6 && words.get(1).equals("ospf") && words.get(2).equals("area")
                && words.get(4).equals("interface")) {
            ospfAreas.putIfAbsent(words.get(5), words.get(3));
            if (words.size() > 6 && words.get(6).equals("passive")) {
                ospfPassive.add(words.get(5));
            }
            return;
        }
        if (words.size() < 4 || !words.get(1).equals("bgp") || !words.get(2).equals("group")) {
            return;
        }
        BgpGroup group = bgpGroups.computeIfAbsent(words.get(3), BgpGroup::new);
        if (words.size() < 6) {
            return;
        }
        switch (words.get(4)) {
            case "type" -> group.type = words.get(5);
            case "peer-as" -> group.peerAs = parseLong(words.get(5));
            case "export" -> group.exportPolicies.add(words.get(5));
            case "neighbor" -> {
                if (!group.neighbors.contains(words.get(5))) {
                    group.neighbors.add(words.get(5));
                }
            }
            default -> {
                // other group statements do not show in the summary
            }
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean startsWith(List<String> statement, List<String> prefix) {
        return statement.size() >= prefix.size() && statement.subList(0, prefix.size()).equals(prefix);
    }

    /** One configured physical interface. */
    public static final class InterfaceConfig {
        private final String name;
        private String description;
        private boolean disabled;
        private final Map<String, UnitConfig> units = new LinkedHashMap<>();

        private InterfaceConfig(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public Optional<String> description() {
            return Optional.ofNullable(description);
        }

        public boolean disabled() {
            return disabled;
        }

        public List<UnitConfig> units() {
            return List.copyOf(units.values());
        }

        private UnitConfig unit(String number) {
            return units.computeIfAbsent(number, UnitConfig::new);
        }
    }

    /** One logical unit: its families and their addresses. */
    public static final class UnitConfig {
        private final String number;
        private boolean disabled;
        private final Map<String, List<String>> families = new LinkedHashMap<>();

        private UnitConfig(String number) {
            this.number = number;
        }

        public String number() {
            return number;
        }

        public boolean disabled() {
            return disabled;
        }

        /** Family name to addresses (possibly none), in configuration order. */
        public Map<String, List<String>> families() {
            return families;
        }
    }

    /** One BGP group. */
    public static final class BgpGroup {
        private final String name;
        private String type = "external";
        private Long peerAs;
        private final List<String> neighbors = new ArrayList<>();
        private final List<String> exportPolicies = new ArrayList<>();

        private BgpGroup(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public boolean internal() {
            return type.equals("internal");
        }

        public Optional<Long> peerAs() {
            return Optional.ofNullable(peerAs);
        }

        public List<String> neighbors() {
            return neighbors;
        }

        /** The group's export policies, in configuration order; none means Junos's default BGP export. */
        public List<String> exportPolicies() {
            return exportPolicies;
        }
    }
}
