package io.jmcp.core.guard;

import java.util.List;

/**
 * Refuses a change that would take away what jmcp itself uses to reach the router
 * ({@link ManagementAccess}): the NETCONF service and the port jmcp connects to, the login user
 * it authenticates as with that user's authentication and class. Judged on the configuration in
 * effect, before and after the change, so deleting, deactivating, overriding or rolling back are
 * all the same.
 */
final class LockoutCheck {
    static final String DELIBERATE = "To make such a change deliberately, make it from the router's console or "
            + "another management path, or restart jmcp with --allow-lockout-changes (and prefer a commit "
            + "confirmed, so that the router rolls back by itself if it becomes unreachable).";

    private LockoutCheck() {
    }

    /** @throws LockoutException naming what the change removes and why it matters */
    static void check(ManagementAccess access, RouterConfiguration before, RouterConfiguration after) {
        for (List<String> needed : List.of(access.service(), access.login())) {
            for (List<String> path : before.effectiveAtOrBelow(needed)) {
                if (!after.effective().containsKey(path)) {
                    String statement = before.effective().get(path);
                    throw new LockoutException(statement, "the change would remove '" + statement
                            + "' from the configuration in effect", access);
                }
            }
        }
        // jmcp may reach the router through a translated port, so what must hold is the router's
        // own port: a change of it moves the service away from where jmcp connects.
        if (access.port() != ManagementAccess.SSH_PORT && !before.effectiveAtOrBelow(access.service()).isEmpty()) {
            int port = netconfPort(after);
            if (port != netconfPort(before)) {
                throw new LockoutException("set system services netconf ssh port " + port,
                        "the change would move the NETCONF service to port " + port, access);
            }
        }
    }

    /** The port of {@code system services netconf ssh}: the configured one, else Junos's 830. */
    private static int netconfPort(RouterConfiguration config) {
        List<String> portPath = List.of("system", "services", "netconf", "ssh", "port");
        return config.effectiveAtOrBelow(portPath).stream()
                .filter(path -> path.size() == portPath.size() + 1)
                .map(path -> path.get(portPath.size()))
                .filter(value -> value.chars().allMatch(Character::isDigit) && value.length() < 6)
                .map(Integer::valueOf)
                .findFirst()
                .orElse(ManagementAccess.NETCONF_PORT);
    }
}
