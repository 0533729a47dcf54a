package io.jmcp.core.guard;

import java.util.List;
import java.util.Objects;

/**
 * How jmcp itself reaches a router: NETCONF over SSH on {@code port}, logged in as {@code user}.
 * A change that takes away what this needs locks jmcp out of the router.
 */
public record ManagementAccess(String user, int port) {
    /** The port Junos serves NETCONF on when {@code system services netconf ssh} names none. */
    public static final int NETCONF_PORT = 830;
    /** On the SSH port, Junos serves NETCONF as a subsystem of {@code system services ssh}. */
    public static final int SSH_PORT = 22;

    public ManagementAccess {
        Objects.requireNonNull(user, "user");
    }

    /** The service jmcp connects to. */
    List<String> service() {
        return port == SSH_PORT ? List.of("system", "services", "ssh") : List.of("system", "services", "netconf", "ssh");
    }

    /** The login jmcp authenticates as: the user's account, or root's authentication. */
    List<String> login() {
        return user.equals("root") ? List.of("system", "root-authentication") : List.of("system", "login", "user", user);
    }

    String describe() {
        return "NETCONF over SSH on port " + port + " as user '" + user + "'";
    }
}
