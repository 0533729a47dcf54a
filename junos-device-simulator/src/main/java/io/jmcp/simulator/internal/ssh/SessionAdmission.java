package io.jmcp.simulator.internal.ssh;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.command.JunosWords;
import io.jmcp.simulator.internal.rpc.GroupInheritance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which new sessions a device's active configuration admits, as Junos decides: a login needs its
 * user under {@code system login user} ({@code root} needs {@code system root-authentication}), and
 * the {@code netconf} subsystem needs {@code system services netconf ssh}; each active, with groups
 * inherited. Sessions already open are not affected: Junos keeps them when a commit removes either.
 */
final class SessionAdmission {
    private static final List<String> NETCONF_OVER_SSH = List.of("system", "services", "netconf", "ssh");
    private static final List<String> LOGIN_USER = List.of("system", "login", "user");
    private static final List<String> ROOT_AUTHENTICATION = List.of("system", "root-authentication");
    private static final String ROOT = "root";

    private final Configuration source;
    private final boolean netconfOverSsh;
    private final boolean rootAuthentication;
    private final Set<String> users;

    private SessionAdmission(Configuration source, boolean netconfOverSsh, boolean rootAuthentication,
            Set<String> users) {
        this.source = source;
        this.netconfOverSsh = netconfOverSsh;
        this.rootAuthentication = rootAuthentication;
        this.users = users;
    }

    /** What {@code active} admits: read from its set lines, groups inherited, deactivated statements left out. */
    static SessionAdmission of(Configuration active) {
        List<List<String>> set = new ArrayList<>();
        List<List<String>> deactivated = new ArrayList<>();
        for (String line : GroupInheritance.inherit(active).toSet().lines().toList()) {
            List<String> words = JunosWords.split(line);
            if (words.size() > 1 && words.get(0).equals("set")) {
                set.add(words.subList(1, words.size()));
            } else if (words.size() > 1 && words.get(0).equals("deactivate")) {
                deactivated.add(words.subList(1, words.size()));
            }
        }
        Set<String> users = new HashSet<>();
        boolean netconf = false;
        boolean root = false;
        for (List<String> statement : set) {
            if (isDeactivated(statement, deactivated)) {
                continue;
            }
            netconf |= startsWith(statement, NETCONF_OVER_SSH);
            root |= startsWith(statement, ROOT_AUTHENTICATION);
            if (startsWith(statement, LOGIN_USER) && statement.size() > LOGIN_USER.size()) {
                users.add(statement.get(LOGIN_USER.size()));
            }
        }
        return new SessionAdmission(active, netconf, root, Set.copyOf(users));
    }

    /** Whether this was read from {@code active} (the same object: configurations are replaced, never changed). */
    boolean describes(Configuration active) {
        return source == active;
    }

    boolean admitsNetconf() {
        return netconfOverSsh;
    }

    boolean admitsUser(String user) {
        return ROOT.equals(user) ? rootAuthentication : users.contains(user);
    }

    private static boolean isDeactivated(List<String> statement, List<List<String>> deactivated) {
        return deactivated.stream().anyMatch(path -> startsWith(statement, path));
    }

    private static boolean startsWith(List<String> statement, List<String> prefix) {
        return statement.size() >= prefix.size() && statement.subList(0, prefix.size()).equals(prefix);
    }
}
