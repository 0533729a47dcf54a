package io.jmcp.server.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The level a server logs at ({@code --log-level}), except for libraries that print what passes
 * through them: the MCP SDK logs whole JSON-RPC messages at debug level (tool arguments,
 * configuration bodies, form answers) and MINA SSHD dumps packets at trace level (NETCONF
 * payloads, answers to SSH password prompts). Those never log below their floor, whatever the
 * level chosen; a quieter level still quiets them. At INFO, what a user reads is jmcp's own lines
 * (listeners, devices, authentication): the libraries' INFO lines (versions, security providers,
 * each SSH login, each MCP initialize) are chatter there, and show from DEBUG on.
 */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE;

    /** The most verbose level each library may log at, by logger name. */
    static final Map<String, Level> FLOORS = Map.of(
            "io.modelcontextprotocol", Level.INFO,
            "org.apache.sshd", Level.DEBUG);

    /**
     * Libraries that log at WARN when INFO is chosen. The simulator's SSH server is MINA's, logging
     * under the simulator's class names.
     */
    static final List<String> CHATTY_AT_INFO = List.of("org.apache.sshd", "org.bouncycastle", "io.undertow",
            "org.xnio", "org.jboss", "io.modelcontextprotocol", "io.jmcp.simulator.internal.ssh");

    /**
     * Sets this level on Logback's root logger, and on the libraries above as far as their floor
     * allows; an MCP client that went away is logged as one DEBUG line ({@link ClientGoneFilter}).
     */
    public void apply() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Level chosen = Level.toLevel(name());
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(chosen);
        Set<String> libraries = new HashSet<>(FLOORS.keySet());
        libraries.addAll(CHATTY_AT_INFO);
        libraries.forEach(name -> context.getLogger(name).setLevel(libraryLevel(name, chosen)));
        if (context.getTurboFilterList().stream().noneMatch(ClientGoneFilter.class::isInstance)) {
            ClientGoneFilter filter = new ClientGoneFilter();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    private static Level libraryLevel(String name, Level chosen) {
        Level level = chosen == Level.INFO && CHATTY_AT_INFO.contains(name) ? Level.WARN : chosen;
        Level floor = FLOORS.get(name);
        return floor == null || level.isGreaterOrEqual(floor) ? level : floor;
    }
}
