package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.rpc.RouteTable.Prefix;
import io.jmcp.simulator.internal.rpc.RouteTable.Route;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code get-route-information} ({@code show route}, {@code show route <destination>}): inet.0 as
 * the CLI lists it, every route with its active next hop. A large router's table is written
 * straight into the text reply, route by route, without intermediate copies of its text. The routes
 * exchanged with a BGP neighbor ({@code show route receive-protocol|advertising-protocol bgp X}) are
 * {@link BgpRouteExchange}'s.
 */
final class RouteInformation implements OperationalRpc {
    private static final String TEXT_ROUTE_INDENT = "                    ";
    private static final int DESTINATION_COLUMN = 18;
    /** A listed route takes about this many bytes of text; the reply is sized from it once. */
    private static final int ROUTE_TEXT_SIZE = 100;

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        if (BgpRouteExchange.isAsked(request) || !request.format().equals("text") && !request.format().equals("ascii")) {
            return OperationalRpc.super.handle(request, context);
        }
        RouteTable table = table(context);
        long expected = request.text("destination").isPresent() ? 1024 : 64 + (long) table.size() * ROUTE_TEXT_SIZE;
        // Route text holds no '<' or '&', so it goes into <output> as it is.
        StringBuilder reply = new StringBuilder((int) Math.min(expected, Integer.MAX_VALUE - 64)).append("<output>\n");
        appendText(reply, table, request);
        return reply.append("</output>").toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        if (BgpRouteExchange.isAsked(request)) {
            return BgpRouteExchange.of(request, table(context), context.device()).text();
        }
        StringBuilder text = new StringBuilder();
        appendText(text, table(context), request);
        return text.toString();
    }

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        RouteTable table = table(context);
        String namespace = context.device().moduleNamespace("routing");
        if (BgpRouteExchange.isAsked(request)) {
            return BgpRouteExchange.of(request, table, context.device()).xml(namespace);
        }
        XmlWriter xml = startRouteTable(namespace, table);
        forSelected(request, table, route -> xml.start("rt").leaf("rt-destination", route.destination())
                .start("rt-entry").leaf("active-tag", "*").leaf("protocol-name", route.protocol())
                .leaf("preference", route.preference()).leaf("age", age(route.ageSeconds()))
                .leaf("nh", route.nextHop().replaceFirst("^>?\\s*", "")).end().end());
        return xml.end().end().toString();
    }

    private static void appendText(StringBuilder out, RouteTable table, RpcRequest request) {
        int[] shown = {0};
        int start = out.length();
        appendHeading(out, table).append("+ = Active Route, - = Last Active, * = Both\n\n");
        forSelected(request, table, route -> {
            shown[0]++;
            appendRoute(out, route);
        });
        if (shown[0] == 0) {
            out.setLength(start);
        }
    }

    /** The reply element with inet.0's counts written, its {@code route-table} left open for the routes. */
    static XmlWriter startRouteTable(String namespace, RouteTable table) {
        return new XmlWriter().start("route-information", namespace).start("route-table").leaf("table-name", "inet.0")
                .leaf("destination-count", table.size()).leaf("total-route-count", table.size())
                .leaf("active-route-count", table.size()).leaf("holddown-route-count", 0).leaf("hidden-route-count", 0);
    }

    /** The table's heading line, as every {@code show route} form starts. */
    static StringBuilder appendHeading(StringBuilder out, RouteTable table) {
        return out.append("inet.0: ").append(table.size()).append(" destinations, ").append(table.size())
                .append(" routes (").append(table.size()).append(" active, 0 holddown, 0 hidden)\n");
    }

    private static void forSelected(RpcRequest request, RouteTable table, Consumer<Route> action) {
        Optional<String> destination = request.text("destination");
        if (destination.isEmpty()) {
            table.forEach(action);
            return;
        }
        Prefix prefix;
        try {
            prefix = Prefix.parse(destination.get());
        } catch (IllegalArgumentException notAnAddress) {
            throw new RpcException(JunosError.invalidValue("invalid value: '" + destination.get() + "'"));
        }
        table.longestMatch(prefix).ifPresent(action);
    }

    private static void appendRoute(StringBuilder out, Route route) {
        int lineStart = out.length();
        out.append(route.destination());
        do {
            out.append(' ');
        } while (out.length() - lineStart < DESTINATION_COLUMN + 1);
        out.append("*[").append(route.protocol()).append('/').append(route.preference()).append("] ");
        appendAge(out, route.ageSeconds());
        out.append('\n').append(TEXT_ROUTE_INDENT);
        out.append(route.nextHop()).append('\n');
    }

    private static String age(long seconds) {
        StringBuilder text = new StringBuilder();
        appendAge(text, seconds);
        return text.toString();
    }

    /** Junos's route age: {@code 1w2d 03:04:05}, weeks and days only when there are any. */
    private static void appendAge(StringBuilder out, long seconds) {
        long days = seconds / 86_400;
        if (days >= 7) {
            out.append(days / 7).append('w');
        }
        if (days > 0) {
            out.append(days % 7).append("d ");
        }
        long rest = seconds % 86_400;
        twoDigits(out, rest / 3600).append(':');
        twoDigits(out, rest / 60 % 60).append(':');
        twoDigits(out, rest % 60);
    }

    private static StringBuilder twoDigits(StringBuilder out, long value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }

    private static RouteTable table(RpcContext context) {
        return RouteTable.of(context.device().operational(), context.device().spec().routes());
    }
}
