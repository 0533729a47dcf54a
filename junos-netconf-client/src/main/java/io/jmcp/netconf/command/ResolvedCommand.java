package io.jmcp.netconf.command;

import java.util.List;

/**
 * A command line resolved to its RPC: what Junos's {@code | display xml rpc} shows for it.
 *
 * @param spec      the command it names
 * @param arguments the RPC's children, in the YANG's order
 */
public record ResolvedCommand(CommandSpec spec, List<RpcArgument> arguments) {

    public ResolvedCommand {
        arguments = List.copyOf(arguments);
    }

    /** The RPC element's name. */
    public String rpc() {
        return spec.rpc();
    }

    /** The RPC as XML: {@code <get-interface-information><extensive/><interface-name>ge-0/0/0</interface-name></get-interface-information>}. */
    public String toXml() {
        StringBuilder out = new StringBuilder();
        new RpcArgument(spec.rpc(), null, arguments).appendXml(out);
        return out.toString();
    }
}
