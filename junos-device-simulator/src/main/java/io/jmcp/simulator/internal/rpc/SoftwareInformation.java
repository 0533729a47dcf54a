package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Optional;

/**
 * {@code get-software-information} ({@code show version}). With
 * {@code invoke-on all-routing-engines}, chassis with routing-engine names (MX, EX) wrap the
 * answer in {@code multi-routing-engine-results}, as PyEZ's facts gathering expects.
 */
final class SoftwareInformation implements OperationalRpc {
    private static final String SEPARATOR = "-".repeat(74);

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        DeviceSpec spec = context.device().spec();
        Optional<String> reName = routingEngineName(request, spec.platform());
        XmlWriter xml = new XmlWriter();
        reName.ifPresent(name -> xml.start("multi-routing-engine-results").start("multi-routing-engine-item")
                .leaf("re-name", name));
        xml.start("software-information")
                .leaf("host-name", context.device().hostname())
                .leaf("product-model", spec.model())
                .leaf("product-name", spec.model())
                .leaf("junos-version", spec.version());
        for (Package pkg : packages(spec)) {
            xml.start("package-information").leaf("name", pkg.name()).leaf("comment", pkg.comment()).end();
        }
        xml.end();
        reName.ifPresent(name -> xml.end().end());
        return xml.toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        DeviceSpec spec = context.device().spec();
        StringBuilder text = new StringBuilder();
        routingEngineName(request, spec.platform()).ifPresent(name -> text.append(name).append(":\n")
                .append(SEPARATOR).append('\n'));
        text.append("Hostname: ").append(context.device().hostname()).append('\n')
                .append("Model: ").append(spec.model()).append('\n')
                .append("Junos: ").append(spec.version()).append('\n');
        packages(spec).forEach(pkg -> text.append(pkg.comment()).append('\n'));
        return text.toString();
    }

    private static Optional<String> routingEngineName(RpcRequest request, Platform platform) {
        boolean allRoutingEngines = request.text("invoke-on").filter("all-routing-engines"::equals).isPresent();
        return allRoutingEngines ? platform.multiRoutingEngineName() : Optional.empty();
    }

    private static List<Package> packages(DeviceSpec spec) {
        String version = "[" + spec.version() + "]";
        String suite = switch (spec.platform()) {
            case MX -> "JUNOS Packet Forwarding Engine Support (MX Common) ";
            case EX -> "JUNOS EX Software Suite ";
            case SRX, VSRX -> "JUNOS SRX Software Suite ";
        };
        return List.of(
                new Package("junos", "JUNOS Base OS boot " + version),
                new Package("jbase", "JUNOS Base OS Software Suite " + version),
                new Package("jkernel", "JUNOS Kernel Software Suite " + version),
                new Package("jroute", "JUNOS Routing Software Suite " + version),
                new Package("jplatform", suite + version),
                new Package("jweb", "JUNOS Web Management " + version));
    }

    private record Package(String name, String comment) {
    }
}
