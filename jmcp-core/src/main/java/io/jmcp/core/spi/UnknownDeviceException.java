package io.jmcp.core.spi;

import java.util.Collection;
import java.util.stream.Collectors;

/** A tool named a device that is not in the inventory. */
public class UnknownDeviceException extends ToolException {
    private static final int NAMES_SHOWN = 10;

    public UnknownDeviceException(String deviceName, Collection<String> knownNames) {
        super("Router '" + deviceName + "' not found in the device mapping; " + known(knownNames));
    }

    private static String known(Collection<String> names) {
        if (names.isEmpty()) {
            return "the device mapping is empty";
        }
        String shown = names.stream().sorted().limit(NAMES_SHOWN).collect(Collectors.joining(", "));
        int hidden = names.size() - NAMES_SHOWN;
        return "known routers: " + shown + (hidden > 0 ? " and " + hidden + " more (see get_router_list)" : "");
    }
}
