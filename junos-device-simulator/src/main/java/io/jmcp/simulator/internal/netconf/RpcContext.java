package io.jmcp.simulator.internal.netconf;

import io.jmcp.simulator.internal.device.ConfigSession;
import io.jmcp.simulator.internal.device.DeviceRuntime;

/** What a handler may know and do about the NETCONF session that sent the RPC. */
public interface RpcContext {

    DeviceRuntime device();

    /** This session's identity (session-id, user) and its state in the configuration database. */
    ConfigSession session();

    /**
     * Runs another RPC in this session, as the CLI does for the command it translated.
     *
     * @return the reply body
     * @throws RpcException when the RPC is unknown or fails
     */
    String invoke(RpcRequest request);

    /** Ends this session once the current reply has been sent ({@code close-session}). */
    void closeAfterReply();

    /** Drops the SSH connection now: the current reply is never sent (a fault). */
    void dropConnection();
}
