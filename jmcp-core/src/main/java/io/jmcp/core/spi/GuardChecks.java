package io.jmcp.core.spi;

import io.jmcp.netconf.ConfigFormat;

/**
 * The server's {@code block.cmd} / {@code block.cfg} guardrails, which every command and every
 * configuration change must pass. Each check returns quietly or throws an exception whose message
 * names what was refused and why; a tool lets it propagate (the call then fails with that message).
 */
public interface GuardChecks {

    /** Refuses an operational command matched by {@code block.cmd}. */
    void checkCommand(String command);

    /** Refuses a configuration payload (in {@code format}) that touches a statement {@code block.cfg} protects. */
    void checkConfig(String payload, ConfigFormat format);

    /**
     * Refuses the change from {@code committed} to {@code candidate} on {@code router} (both in
     * {@code set} form, as the router prints them) when it adds, changes or deletes a protected
     * statement, or would lock the server out of the router.
     */
    void checkChange(String router, String committed, String candidate);
}
