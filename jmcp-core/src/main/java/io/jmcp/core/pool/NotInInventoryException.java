package io.jmcp.core.pool;

import java.util.Set;

/**
 * A session was asked for a device that is not in the inventory (any more). The tool context turns
 * it into the SPI's {@code UnknownDeviceException}, whose message lists the known routers.
 */
public final class NotInInventoryException extends RuntimeException {
    private final String deviceName;
    private final Set<String> knownNames;

    NotInInventoryException(String deviceName, Set<String> knownNames) {
        super("device '" + deviceName + "' is not in the inventory");
        this.deviceName = deviceName;
        this.knownNames = Set.copyOf(knownNames);
    }

    public String deviceName() {
        return deviceName;
    }

    public Set<String> knownNames() {
        return knownNames;
    }
}
