package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

/**
 * {@code get-alarm-information} ({@code show chassis alarms}) and
 * {@code get-system-alarm-information} ({@code show system alarms}): a healthy lab router has
 * none of either, shaped as Junos says so ({@code alarm-summary/no-active-alarms}).
 */
final class Alarms implements OperationalRpc {
    @Override
    public String xml(RpcRequest request, RpcContext context) {
        return new XmlWriter().start("alarm-information", context.device().moduleNamespace("alarm"))
                .start("alarm-summary").empty("no-active-alarms").end().end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        return "No alarms currently active\n";
    }
}
