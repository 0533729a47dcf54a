package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.OperationalState;
import io.jmcp.simulator.internal.device.OperationalState.InterfaceConfig;
import io.jmcp.simulator.internal.device.OperationalState.UnitConfig;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code get-interface-information} ({@code show interfaces [terse] [name]}): the platform's
 * ports plus whatever the active configuration adds, with the configured units and addresses.
 * Configured ports have link, unconfigured ones do not. The private routing instance
 * {@code __juniper_private1__} shows the internal interface PyEZ uses to find its routing engine.
 */
final class InterfaceInformation implements OperationalRpc {
    static final String PRIVATE_INSTANCE = "__juniper_private1__";

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        if (select(request, context.device()).isEmpty()) {
            return notFound(request.text("interface-name").orElse(""));
        }
        return OperationalRpc.super.handle(request, context);
    }

    /** What Junos itself answers for an interface name it does not know: bare text, no rpc-error. */
    static String notFound(String name) {
        return new XmlWriter().text("\nprotocol: operation-failed\nerror: device " + name + " not found\n").toString();
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        boolean terse = request.has("terse");
        XmlWriter xml = new XmlWriter().start("interface-information", context.device().moduleNamespace("interface"))
                .attribute("junos:style", terse ? "terse" : "normal");
        for (Port port : select(request, context.device())) {
            xml.start("physical-interface").leaf("name", port.name())
                    .leaf("admin-status", status(port.adminUp())).leaf("oper-status", status(port.linkUp()));
            if (!terse) {
                port.description().ifPresent(description -> xml.leaf("description", description));
                xml.leaf("mtu", port.name().startsWith("lo") ? "Unlimited" : "1514");
            }
            if (!terse) {
                InterfaceCounters.of(port, context.device()).xml(xml, request.has("extensive"));
            }
            for (Unit unit : port.units()) {
                xml.start("logical-interface").leaf("name", unit.name())
                        .leaf("admin-status", status(unit.adminUp())).leaf("oper-status", status(unit.linkUp()))
                        .empty("filter-information");
                unit.families().forEach((family, addresses) -> {
                    xml.start("address-family").leaf("address-family-name", family);
                    addresses.forEach(address -> xml.start("interface-address")
                            .leaf("ifa-local", address, "junos:emit", "emit").end());
                    xml.end();
                });
                xml.end();
            }
            xml.end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        List<Port> ports = select(request, context.device());
        return request.has("terse") ? terseText(ports) : detailedText(ports, request.has("extensive"), context.device());
    }

    private static String terseText(List<Port> ports) {
        StringBuilder text = new StringBuilder(String.format("%-24s%-6s%-5s%-9s%-22s%s%n",
                "Interface", "Admin", "Link", "Proto", "Local", "Remote"));
        for (Port port : ports) {
            text.append(String.format("%-24s%-6s%s%n", port.name(), status(port.adminUp()), status(port.linkUp())));
            for (Unit unit : port.units()) {
                String lead = String.format("%-24s%-6s%-5s", unit.name(), status(unit.adminUp()), status(unit.linkUp()));
                if (unit.families().isEmpty()) {
                    text.append(lead.stripTrailing()).append('\n');
                }
                for (Map.Entry<String, List<String>> family : unit.families().entrySet()) {
                    List<String> addresses = family.getValue().isEmpty() ? List.of("") : family.getValue();
                    for (String address : addresses) {
                        text.append(String.format("%s%-9s%s", lead, family.getKey(), address).stripTrailing())
                                .append('\n');
                        lead = " ".repeat(35);
                    }
                }
            }
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /** The normal and {@code detail} forms; {@code extensive} adds the error counters. */
    private static String detailedText(List<Port> ports, boolean extensive, DeviceRuntime device) {
        StringBuilder text = new StringBuilder();
        for (Port port : ports) {
            text.append("Physical interface: ").append(port.name()).append(", ")
                    .append(port.adminUp() ? "Enabled" : "Administratively down")
                    .append(", Physical link is ").append(port.linkUp() ? "Up" : "Down").append('\n');
            port.description().ifPresent(description -> text.append("  Description: ").append(description)
                    .append('\n'));
            InterfaceCounters.of(port, device).text(text, extensive);
            for (Unit unit : port.units()) {
                text.append("  Logical interface ").append(unit.name()).append('\n');
                unit.families().forEach((family, addresses) -> {
                    text.append("    Protocol ").append(family).append('\n');
                    addresses.forEach(address -> text.append("      Local: ").append(address).append('\n'));
                });
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The ports the request asks for (by name, with {@code *} wildcards), in Junos order. */
    static List<Port> select(RpcRequest request, DeviceRuntime device) {
        List<Port> ports = request.text("routing-instance").filter(PRIVATE_INSTANCE::equals).isPresent()
                ? List.of(internalPort(device.spec().platform()))
                : ports(device);
        return request.text("interface-name").map(name -> filter(ports, name)).orElse(ports);
    }

    private static List<Port> filter(List<Port> ports, String name) {
        Pattern pattern = glob(name);
        List<Port> selected = new ArrayList<>();
        for (Port port : ports) {
            if (pattern.matcher(port.name()).matches()) {
                selected.add(port);
            } else {
                List<Unit> units = port.units().stream().filter(unit -> pattern.matcher(unit.name()).matches()).toList();
                if (!units.isEmpty()) {
                    selected.add(new Port(port.name(), port.description(), port.adminUp(), port.linkUp(), units));
                }
            }
        }
        return selected;
    }

    /**
     * Junos interface-name wildcards as a pattern: {@code *} any characters, {@code [efgx]} one of
     * those (PyEZ's PhyPortTable asks for {@code [efgx][et]-*}); everything else literal.
     */
    private static Pattern glob(String name) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int close = c == '[' ? name.indexOf(']', i) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (close > i + 1 && name.substring(i + 1, close).matches("[A-Za-z0-9-]+")) {
                regex.append(name, i, close + 1);
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Port internalPort(Platform platform) {
        String[] name = platform.internalInterface().split("\\.");
        Unit unit = new Unit(platform.internalInterface(), true, true, Map.of("inet", platform.internalAddresses()));
        return new Port(name[0], Optional.empty(), true, true, List.of(unit));
    }

    private static List<Port> ports(DeviceRuntime device) {
        Platform platform = device.spec().platform();
        OperationalState state = device.operational();
        Map<String, Boolean> names = new LinkedHashMap<>();
        platform.revenueInterfaces().forEach(name -> names.put(name, false));
        state.interfaces().keySet().stream()
                .filter(name -> !names.containsKey(name) && !name.equals(platform.managementInterface())
                        && !name.equals("lo0"))
                .forEach(name -> names.put(name, false));
        names.put(platform.managementInterface(), true);
        names.put("lo0", true);
        List<Port> ports = new ArrayList<>();
        names.forEach((name, alwaysUp) -> ports.add(port(name, alwaysUp, state.interfaces().get(name))));
        return ports;
    }

    private static Port port(String name, boolean alwaysUp, InterfaceConfig config) {
        if (config == null) {
            return new Port(name, Optional.empty(), true, alwaysUp, List.of());
        }
        boolean adminUp = !config.disabled();
        boolean linkUp = adminUp;
        List<Unit> units = new ArrayList<>();
        for (UnitConfig unit : config.units()) {
            units.add(new Unit(name + "." + unit.number(), !unit.disabled(), linkUp && !unit.disabled(),
                    unit.families()));
        }
        return new Port(name, config.description(), adminUp, linkUp, units);
    }

    private static String status(boolean up) {
        return up ? "up" : "down";
    }

    /** One physical interface as the device reports it. */
    record Port(String name, Optional<String> description, boolean adminUp, boolean linkUp, List<Unit> units) {
    }

    /** One logical interface. */
    record Unit(String name, boolean adminUp, boolean linkUp, Map<String, List<String>> families) {
    }
}
