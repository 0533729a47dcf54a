package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.config.ConfigDiff;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.internal.device.ConfigurationStore;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.Map;

/**
 * Junos {@code get-configuration}: {@code database} committed or candidate (the default),
 * {@code format} xml/text/set/json, an optional {@code <configuration>} subtree filter, and
 * {@code inherit="inherit"} (groups applied, see {@link GroupInheritance}),
 * {@code compare="rollback" rollback="N"}, the candidate's diff against rollback N in
 * {@code show | compare} form.
 */
final class GetConfiguration implements RpcHandler {

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        ConfigurationStore store = context.device().store();
        if (request.attribute("compare").isPresent()) {
            return compare(request, context);
        }
        boolean committed = request.attribute("database").map("committed"::equals).orElse(false);
        Configuration stored = committed ? store.committed() : store.candidate(context.session());
        Configuration config = inherits(request) ? GroupInheritance.inherit(stored) : stored;
        Configuration selected = request.child("configuration")
                .map(filter -> ConfigurationViews.filter(config, filter))
                .orElse(config);
        Map<String, String> attributes = committed
                ? ConfigurationViews.commitAttributes(store.lastCommit())
                : Map.of();
        return ConfigurationViews.render(selected, ConfigurationViews.format(request.attribute("format").orElse("xml")),
                attributes, context.device());
    }

    /** {@code inherit="inherit"} (and its variants that add group names or defaults): groups applied. */
    private static boolean inherits(RpcRequest request) {
        return request.attribute("inherit").map(value -> value.startsWith("inherit")).orElse(false);
    }

    private static String compare(RpcRequest request, RpcContext context) {
        String compare = request.attribute("compare").orElseThrow();
        if (!compare.equals("rollback")) {
            throw new RpcException(JunosError.invalidValue("invalid compare '" + compare + "': expecting rollback"));
        }
        int rollback = rollbackNumber(request.attribute("rollback").orElse("0"));
        CommitRecord base = context.device().store().rollback(rollback).orElseThrow(() ->
                new RpcException(JunosError.invalidValue("rollback " + rollback + " does not exist")));
        String diff = ConfigDiff.compare(base.configuration(), context.device().store().candidate(context.session()));
        return diffOutput(diff);
    }

    /** A diff as Junos wraps it; an empty diff is a single newline, which PyEZ reads as "no changes". */
    static String diffOutput(String diff) {
        return new XmlWriter().start("configuration-information").start("configuration-output")
                .text("\n" + diff).end().end().toString();
    }

    static int rollbackNumber(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 0 && number < ConfigurationStore.HISTORY_DEPTH) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new RpcException(JunosError.invalidValue("invalid rollback number '" + text + "': expecting 0.."
                + (ConfigurationStore.HISTORY_DEPTH - 1)));
    }
}
