package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code ping} ({@code ping HOST [count N] [rapid]}): simulated probes. An address of the
 * {@link NetworkView} answers every probe with a small, stable round-trip time; any other address
 * answers none; a name that is not an IPv4 address does not resolve. Shapes follow the RPC model
 * ({@code ping-results}, {@code probe-results-summary}) and the CLI's text.
 */
final class Ping implements OperationalRpc {
    static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final int DEFAULT_COUNT = 5;
    private static final int MAX_COUNT = 10_000;
    private static final int DATA_BYTES = 56;

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        String host = host(request);
        if (!IPV4.matcher(host).matches()) {
            throw new RpcException(JunosError.operationFailed("ping: cannot resolve " + host + ": Unknown host"));
        }
        return OperationalRpc.super.handle(request, context);
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        Probes probes = probes(request, context);
        XmlWriter xml = new XmlWriter().start("ping-results")
                .leaf("target-host", probes.host()).leaf("target-ip", probes.host()).leaf("packet-size", DATA_BYTES);
        for (int i = 0; i < probes.received(); i++) {
            xml.start("probe-result")
                    .leaf("probe-index", i + 1).empty("probe-success").leaf("sequence-number", i)
                    .leaf("ip-address", probes.host()).leaf("time-to-live", 64).leaf("response-size", DATA_BYTES + 8)
                    .leaf("rtt", probes.rttMicros(i)).end();
        }
        xml.start("probe-results-summary").leaf("probes-sent", probes.sent())
                .leaf("responses-received", probes.received()).leaf("packet-loss", probes.lossPercent());
        if (probes.received() > 0) {
            xml.leaf("rtt-minimum", probes.rttMicros(0)).leaf("rtt-maximum", probes.rttMicros(probes.received() - 1))
                    .leaf("rtt-average", probes.averageMicros()).leaf("rtt-stddev", 21);
        }
        xml.end();
        xml.empty(probes.received() > 0 ? "ping-success" : "ping-failure");
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        Probes probes = probes(request, context);
        StringBuilder text = new StringBuilder(String.format("PING %1$s (%1$s): %2$d data bytes%n", probes.host(), DATA_BYTES));
        if (request.has("rapid")) {
            text.append(probes.received() > 0 ? "!".repeat(probes.sent()) : ".".repeat(probes.sent())).append('\n');
        } else {
            for (int i = 0; i < probes.received(); i++) {
                text.append(String.format(Locale.ROOT, "%d bytes from %s: icmp_seq=%d ttl=64 time=%.3f ms%n",
                        DATA_BYTES + 8, probes.host(), i, probes.rttMicros(i) / 1000.0));
            }
        }
        // Junos separates the statistics from the per-probe lines, not from the rapid mode's marks.
        text.append(String.format(Locale.ROOT, (request.has("rapid") ? "" : "%n") + "--- %s ping statistics ---%n"
                + "%d packets transmitted, %d packets received,"
                + " %d%% packet loss%n", probes.host(), probes.sent(), probes.received(), probes.lossPercent()));
        if (probes.received() > 0) {
            text.append(String.format(Locale.ROOT, "round-trip min/avg/max/stddev = %.3f/%.3f/%.3f/%.3f ms%n",
                    probes.rttMicros(0) / 1000.0, probes.averageMicros() / 1000.0,
                    probes.rttMicros(probes.received() - 1) / 1000.0, 0.021));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static String host(RpcRequest request) {
        return request.text("host").orElseThrow(() -> new RpcException(JunosError.invalidValue("missing argument: host")));
    }

    private static Probes probes(RpcRequest request, RpcContext context) {
        String host = host(request);
        int count = request.text("count").map(Ping::count).orElse(DEFAULT_COUNT);
        boolean answers = NetworkView.of(context.device()).reachable().contains(host);
        return new Probes(host, count, answers ? count : 0);
    }

    private static int count(String text) {
        try {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= MAX_COUNT) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RpcException(JunosError.invalidValue("invalid value '" + text + "' for count: expecting 1.."
                + MAX_COUNT));
    }

    /** The probes of one ping; round-trip times rise slightly from probe to probe, in microseconds. */
    private record Probes(String host, int sent, int received) {
        int rttMicros(int index) {
            return 480 + 7 * index;
        }

        int averageMicros() {
            return 480 + 7 * (received - 1) / 2;
        }

        int lossPercent() {
            return 100 - 100 * received / sent;
        }
    }
}
