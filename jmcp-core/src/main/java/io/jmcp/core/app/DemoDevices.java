package io.jmcp.core.app;

import io.jmcp.core.inventory.AuthSpec;
import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.HostKeyCheck;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.inventory.SecretRef;
import io.jmcp.netconf.ssh.HostKeyPolicy;

import java.util.List;

/**
 * The inventory of a {@code --demo} server: simulated devices started in the server's own JVM.
 * It lives in memory only. Host keys are not checked: the simulator makes a new key at every
 * start and the connection never leaves the process's loopback.
 */
public final class DemoDevices {

    /** How to log in to one simulated device. */
    public record Endpoint(String name, String host, int port, String username, String password) {
    }

    private DemoDevices() {
    }

    public static Inventory inventory(List<Endpoint> endpoints) {
        return Inventory.of(endpoints.stream()
                .map(endpoint -> new DeviceEntry(endpoint.name(), endpoint.host(), endpoint.port(), endpoint.username(),
                        AuthSpec.password(SecretRef.inline(endpoint.password())), null,
                        new HostKeyCheck(HostKeyPolicy.OFF, null), null))
                .toList());
    }
}
