package io.jmcp.tools;

import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.spi.ToolException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of the router lists that tools working on many routers take. */
final class RouterNames {

    private RouterNames() {
    }

    /**
     * The names are checked as a whole before any router is contacted, so that a typo in one of
     * fifty routers runs nothing.
     *
     * @throws ToolException naming every repeated or unknown router
     */
    static void requireKnownAndDistinct(String argument, List<String> routers, Inventory inventory) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        routers.forEach(router -> {
            if (!seen.add(router)) {
                repeated.add(router);
            }
        });
        if (!repeated.isEmpty()) {
            throw new ToolException(argument + " lists " + quoted(repeated) + " more than once; name each router once");
        }
        List<String> unknown = routers.stream().filter(router -> !inventory.contains(router)).toList();
        if (!unknown.isEmpty()) {
            throw new ToolException("The following routers are not in the device mapping: " + quoted(unknown)
                    + "; nothing was done (see get_router_list)");
        }
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
