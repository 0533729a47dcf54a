package io.jmcp.core.spi;

import java.util.Map;
import java.util.Set;

/** The routers of the inventory as a tool sees them, current at the time of the call (it may be reloaded). */
public interface Devices {

    /** The routers' names. */
    Set<String> names();

    /**
     * What a client may see of each router, keyed by router name: address, port, username,
     * authentication type and the extra keys of its entry; never passwords, key paths or ssh_config.
     */
    Map<String, Object> publicView();
}
