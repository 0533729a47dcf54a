package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.ConfigurationStore;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

/**
 * Junos {@code commit-configuration}: {@code check}, {@code log} (the comment), {@code confirmed}
 * with {@code confirm-timeout} in minutes (10 by default). Results and errors come back inside
 * {@code commit-results}, per routing engine, as Junos sends them.
 */
final class CommitConfiguration implements RpcHandler {
    static final int DEFAULT_CONFIRM_MINUTES = 10;
    private static final int MAX_CONFIRM_MINUTES = 65535;

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        ConfigurationStore store = context.device().store();
        String routingEngine = context.device().spec().platform().multiRoutingEngineName().orElse("re0");
        XmlWriter results = new XmlWriter().start("commit-results");
        try {
            if (request.has("at-time")) {
                throw new RpcException(JunosError.operationFailed("commit at is not supported by the simulator"));
            }
            if (request.has("check")) {
                store.commitCheck(context.session());
                routingEngine(results, routingEngine).empty("commit-check-success").end();
            } else {
                Integer minutes = request.has("confirmed")
                        ? request.text("confirm-timeout").map(CommitConfiguration::minutes).orElse(DEFAULT_CONFIRM_MINUTES)
                        : null;
                store.commit(context.session(), request.text("log").orElse(null), minutes);
                if (context.device().faults().takeCommitDrop()) {
                    context.dropConnection();
                }
                routingEngine(results, routingEngine).empty("commit-success").end();
            }
        } catch (RpcException e) {
            e.errors().forEach(error -> error.writeTo(results));
        }
        return results.end().toString();
    }

    private static XmlWriter routingEngine(XmlWriter results, String name) {
        return results.start("routing-engine").attribute("junos:style", "normal").leaf("name", name);
    }

    private static int minutes(String text) {
        try {
            int minutes = Integer.parseInt(text.strip());
            if (minutes >= 1 && minutes <= MAX_CONFIRM_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new RpcException(JunosError.invalidValue("invalid confirm-timeout '" + text + "': expecting 1.."
                + MAX_CONFIRM_MINUTES + " minutes"));
    }
}
