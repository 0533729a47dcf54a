package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Locale;

/**
 * {@code traceroute} ({@code traceroute HOST}): the hops the {@link NetworkView} gives (the
 * link's neighbour, then the router behind it), three probes each; an unreachable address gets
 * timeouts up to the hop limit, as a real trace into a black hole does.
 */
final class Traceroute implements OperationalRpc {
    private static final int MAX_HOPS = 30;
    private static final int PROBES = 3;

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        String host = host(request);
        if (!Ping.IPV4.matcher(host).matches()) {
            throw new RpcException(JunosError.operationFailed("traceroute: unknown host " + host));
        }
        return OperationalRpc.super.handle(request, context);
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        String host = host(request);
        List<String> hops = NetworkView.of(context.device()).pathTo(host);
        XmlWriter xml = new XmlWriter().start("traceroute-results").leaf("target-host", host).leaf("target-ip", host)
                .leaf("packet-size", 52).leaf("max-hop-index", MAX_HOPS);
        for (int ttl = 1; ttl <= (hops.isEmpty() ? MAX_HOPS : hops.size()); ttl++) {
            xml.start("hop").leaf("ttl-value", ttl);
            for (int probe = 1; probe <= PROBES; probe++) {
                xml.start("probe-result").leaf("probe-index", probe);
                if (hops.isEmpty()) {
                    xml.empty("probe-failure");
                } else {
                    xml.leaf("ip-address", hops.get(ttl - 1)).leaf("host-name", hops.get(ttl - 1))
                            .leaf("rtt", rttMicros(ttl, probe)).empty("probe-success");
                }
                xml.end();
            }
            xml.end();
        }
        return xml.empty(hops.isEmpty() ? "traceroute-failure" : "traceroute-success").end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        String host = host(request);
        List<String> hops = NetworkView.of(context.device()).pathTo(host);
        StringBuilder text = new StringBuilder(String.format("traceroute to %1$s (%1$s), %2$d hops max, 52 byte packets%n",
                host, MAX_HOPS));
        for (int ttl = 1; ttl <= (hops.isEmpty() ? MAX_HOPS : hops.size()); ttl++) {
            if (hops.isEmpty()) {
                text.append(String.format("%2d  * * *%n", ttl));
                continue;
            }
            String hop = hops.get(ttl - 1);
            text.append(String.format(Locale.ROOT, "%2d  %s (%s)", ttl, hop, hop));
            for (int probe = 1; probe <= PROBES; probe++) {
                text.append(String.format(Locale.ROOT, "  %.3f ms", rttMicros(ttl, probe) / 1000.0));
            }
            text.append('\n');
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static String host(RpcRequest request) {
        return request.text("host").orElseThrow(() -> new RpcException(JunosError.invalidValue("missing argument: host")));
    }

    private static int rttMicros(int ttl, int probe) {
        return 450 * ttl + 11 * probe;
    }
}
