package io.jmcp.netconf.reply;

import java.io.InputStream;

/**
 * Sends one RPC and answers with the reply: a {@code JunosDevice}, a session, or a test serving
 * recorded replies.
 */
@FunctionalInterface
public interface ReplySource {
    /**
     * @param rpcRequestXml the operation inside {@code <rpc>}, e.g. {@code <get-software-information/>}
     * @return the whole {@code <rpc-reply>}; the caller closes it
     * @throws io.jmcp.netconf.error.RpcErrorException when the device refused the RPC
     * @throws io.jmcp.netconf.error.NetconfException when the RPC could not be carried out
     */
    InputStream call(String rpcRequestXml);
}
