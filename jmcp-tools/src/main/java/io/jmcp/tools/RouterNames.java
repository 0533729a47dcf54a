package io.jmcp.tools;

import io.jmcp.core.spi.Devices;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of the router lists that tools working on many routers take. */
final class RouterNames {
    /** The description of a tool's {@code router_name} argument. */
    static final String ROUTER_NAME_DESCRIPTION = "The name of the router (see get_router_list)";

    private RouterNames() {
    }

    /**
     * The names are checked as a whole before any router is contacted, so that a typo in one of
     * fifty routers runs nothing.
     *
     * @throws ToolException naming every repeated or unknown router
     */
    static void requireKnownAndDistinct(String argument, List<String> routers, Devices devices) {
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
        Set<String> known = devices.names();
        List<String> unknown = routers.stream().filter(router -> !known.contains(router)).toList();
        if (!unknown.isEmpty()) {
            throw new ToolException("The following routers are not in the device mapping: " + quoted(unknown)
                    + "; nothing was done (see get_router_list)");
        }
    }

    /**
     * The routers of a tool that takes {@code router_name} for one router or {@code router_names} for
     * several; empty when neither is given.
     *
     * @throws ToolException when both are given
     */
    static List<String> given(Map<String, Object> arguments, ToolArguments args) {
        Optional<String> single = args.optionalString("router_name");
        List<String> several = arguments.get("router_names") == null ? List.of() : args.requiredStringList("router_names");
        if (single.isPresent() && !several.isEmpty()) {
            throw new ToolException("give router_name or router_names, not both");
        }
        return single.map(List::of).orElse(several);
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
