package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

/**
 * {@code get-lacp-interface-information} ({@code show lacp interfaces [X]}): the simulated
 * devices bundle no links, so LACP is not running, which Junos says in these words; XML and JSON
 * get the empty list.
 */
final class LacpInterfaces implements OperationalRpc {

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        return new XmlWriter().start("lacp-interface-information-list", context.device().moduleNamespace("lacpd"))
                .end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        return "warning: lacp subsystem not running - not needed by configuration.\n";
    }
}
