package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Locale;

/** {@code get-chassis-inventory} ({@code show chassis hardware}): chassis serial number and main modules. */
final class ChassisInventory implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        DeviceSpec spec = context.device().spec();
        XmlWriter xml = new XmlWriter().start("chassis-inventory", context.device().moduleNamespace("chassis"))
                .start("chassis").attribute("junos:style", "inventory")
                .leaf("name", "Chassis")
                .leaf("serial-number", spec.serialNumber())
                .leaf("description", spec.model().toUpperCase(Locale.ROOT));
        for (Module module : modules(spec)) {
            xml.start("chassis-module").leaf("name", module.name());
            if (!module.version().isEmpty()) {
                xml.leaf("version", module.version()).leaf("part-number", module.partNumber())
                        .leaf("serial-number", module.serialNumber());
            }
            xml.leaf("description", module.description()).end();
        }
        return xml.end().end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        DeviceSpec spec = context.device().spec();
        StringBuilder text = new StringBuilder("Hardware inventory:\n")
                .append(row("Item", "Version", "Part number", "Serial number", "Description"))
                .append(row("Chassis", "", "", spec.serialNumber(), spec.model().toUpperCase(Locale.ROOT)));
        modules(spec).forEach(module -> text.append(row(module.name(), module.version(), module.partNumber(),
                module.serialNumber(), module.description())));
        return text.toString();
    }

    private static String row(String item, String version, String partNumber, String serial, String description) {
        return String.format("%-17s%-9s%-13s%-18s%s%n", item, version, partNumber, serial, description)
                .replace(System.lineSeparator(), "\n");
    }

    private static List<Module> modules(DeviceSpec spec) {
        String model = spec.model().toUpperCase(Locale.ROOT);
        String serial = spec.serialNumber();
        if (spec.platform() == Platform.VSRX) {
            return List.of(
                    new Module("Midplane", "", "", "", ""),
                    new Module("Routing Engine", "", "", "", spec.platform().routingEngineModel()),
                    new Module("FPC 0", "", "", "", "Virtual FPC"));
        }
        return List.of(
                new Module("Midplane", "REV 03", "750-047849", serial + "MP", model + " Midplane"),
                new Module("Routing Engine 0", "REV 01", "740-051822", serial + "RE", spec.platform().routingEngineModel()),
                new Module("FPC 0", "REV 22", "750-045372", serial + "F0", model + " FPC"));
    }

    private record Module(String name, String version, String partNumber, String serialNumber, String description) {
    }
}
