package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.JunosJson;
import io.jmcp.simulator.internal.xml.XmlWriter;

/**
 * An operational ("show") RPC: it describes its result once as XML and once as the CLI text,
 * and answers in whichever format was asked: {@code format="xml"} (default), {@code "text"}
 * (wrapped in {@code <output>}) or {@code "json"} (Junos JSON as the reply's text).
 */
interface OperationalRpc extends RpcHandler {

    /** The result as one XML element (it may use the {@code junos:} prefix). */
    String xml(RpcRequest request, RpcContext context);

    /** The result as the CLI prints it. */
    String text(RpcRequest request, RpcContext context);

    @Override
    default String handle(RpcRequest request, RpcContext context) {
        return switch (request.format()) {
            case "xml" -> xml(request, context);
            case "text", "ascii" -> new XmlWriter().start("output").text("\n" + text(request, context)).end().toString();
            case "json" -> new XmlWriter().text(JunosJson.fromXml(xml(request, context))).toString();
            default -> throw new RpcException(JunosError.invalidValue(
                    "invalid format '" + request.format() + "': expecting xml, text or json"));
        };
    }
}
