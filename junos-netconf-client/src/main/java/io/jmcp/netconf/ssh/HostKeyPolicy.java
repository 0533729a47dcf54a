package io.jmcp.netconf.ssh;

/** How the device's SSH host key is checked against a known_hosts file. */
public enum HostKeyPolicy {
    /** The key must already be in known_hosts and match. The default. */
    STRICT,
    /** An unknown host's key is recorded in known_hosts; a changed key is still refused. */
    ACCEPT_NEW,
    /** No check at all: only for labs and simulators. */
    OFF
}
