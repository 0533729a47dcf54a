package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;

/**
 * {@code get-interface-optics-diagnostics-information} ({@code show interfaces diagnostics optics
 * [X]}): healthy SFP readings for each port of {@link InterfaceInformation} that has link, with
 * the element names of the RPC model and PyEZ's PhyPortDiagTable. A port without link has no
 * receive power, as a dark fiber reads.
 */
final class OpticsDiagnostics implements OperationalRpc {

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        if (ports(request, context).isEmpty()) {
            return InterfaceInformation.notFound(request.text("interface-name").orElse(""));
        }
        return OperationalRpc.super.handle(request, context);
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("interface-information", context.device().moduleNamespace("interface"))
                .attribute("junos:style", "normal");
        for (InterfaceInformation.Port port : ports(request, context)) {
            Reading reading = Reading.of(port.linkUp());
            xml.start("physical-interface").leaf("name", port.name()).start("optics-diagnostics")
                    .leaf("laser-bias-current", "5.942")
                    .leaf("laser-output-power", "0.5010").leaf("laser-output-power-dbm", "-3.00")
                    .leaf("module-temperature", "38 degrees C / 100 degrees F", "junos:celsius", "38.0")
                    .leaf("module-voltage", "3.2950")
                    .leaf("rx-signal-avg-optical-power", reading.milliwatts())
                    .leaf("rx-signal-avg-optical-power-dbm", reading.dbm())
                    .leaf("laser-rx-power-low-alarm-threshold-dbm", "-20.00")
                    .end().end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        StringBuilder text = new StringBuilder();
        for (InterfaceInformation.Port port : ports(request, context)) {
            Reading reading = Reading.of(port.linkUp());
            text.append("Physical interface: ").append(port.name()).append('\n')
                    .append("    Laser bias current                        :  5.942 mA\n")
                    .append("    Laser output power                        :  0.5010 mW / -3.00 dBm\n")
                    .append("    Module temperature                        :  38 degrees C / 100 degrees F\n")
                    .append("    Module voltage                            :  3.2950 V\n")
                    .append("    Receiver signal average optical power     :  ").append(reading.milliwatts())
                    .append(" mW / ").append(reading.dbm()).append(" dBm\n")
                    .append("    Laser rx power low alarm threshold        :  0.0100 mW / -20.00 dBm\n\n");
        }
        return text.toString();
    }

    /** The optical ports (ge, xe, et) among those asked for. */
    private static List<InterfaceInformation.Port> ports(RpcRequest request, RpcContext context) {
        return InterfaceInformation.select(request, context.device()).stream()
                .filter(port -> port.name().matches("(ge|xe|et)-.*")).toList();
    }

    private record Reading(String milliwatts, String dbm) {
        static Reading of(boolean light) {
            return light ? new Reading("0.4120", "-3.85") : new Reading("0.0000", "- Inf");
        }
    }
}
