package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code get-environment-information} ({@code show chassis environment}): temperatures, fans and
 * power of a healthy chassis, every item OK.
 */
final class ChassisEnvironment implements OperationalRpc {
    private static final List<Item> ITEMS = List.of(
            new Item("Temp", "PEM 0", 38, ""),
            new Item("Temp", "Routing Engine 0", 41, ""),
            new Item("Temp", "Routing Engine 0 CPU", 47, ""),
            new Item("Temp", "FPC 0 Intake", 33, ""),
            new Item("Temp", "FPC 0 Exhaust", 44, ""),
            new Item("Fans", "Fan Tray 0 Fan 0", null, "Spinning at normal speed"),
            new Item("Fans", "Fan Tray 0 Fan 1", null, "Spinning at normal speed"),
            new Item("Power", "PEM 0", null, ""));

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("environment-information", context.device().moduleNamespace("chassis"));
        for (Item item : ITEMS) {
            xml.start("environment-item").leaf("name", item.name()).leaf("class", item.kind()).leaf("status", "OK");
            if (item.celsius() != null) {
                xml.leaf("temperature", item.measurement(), "junos:celsius", item.celsius());
            }
            if (!item.comment().isEmpty()) {
                xml.leaf("comment", item.comment());
            }
            xml.end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        StringBuilder text = new StringBuilder(String.format("%-6s%-31s%-11s%s%n", "Class", "Item", "Status",
                "Measurement"));
        String previous = "";
        for (Item item : ITEMS) {
            text.append(String.format("%-6s%-31s%-11s%s", item.kind().equals(previous) ? "" : item.kind(), item.name(),
                    "OK", item.celsius() != null ? item.measurement() : item.comment()).stripTrailing()).append('\n');
            previous = item.kind();
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private record Item(String kind, String name, Integer celsius, String comment) {
        String measurement() {
            return celsius + " degrees C / " + (celsius * 9 / 5 + 32) + " degrees F";
        }
    }
}
