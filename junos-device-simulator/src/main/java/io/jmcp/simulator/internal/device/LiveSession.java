package io.jmcp.simulator.internal.device;

/** An open NETCONF session of a device, as {@code kill-session} and device shutdown see it. */
public interface LiveSession {

    int sessionId();

    /** Drops the session's connection at once; its lock and private changes go with it. */
    void kill();
}
