package io.jmcp.simulator.internal.netconf;

/** Answers one kind of RPC. */
@FunctionalInterface
public interface RpcHandler {

    /**
     * @return the reply body: what goes inside {@code <rpc-reply>} (XML, or escaped text for JSON)
     * @throws RpcException to answer with rpc-errors
     */
    String handle(RpcRequest request, RpcContext context);
}
