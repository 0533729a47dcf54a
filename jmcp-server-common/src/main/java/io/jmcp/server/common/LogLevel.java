package io.jmcp.server.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The level a server logs at ({@code --log-level}), except for libraries that print what passes
 * through them: the MCP SDK logs whole JSON-RPC messages at debug level (tool arguments,
 * configuration bodies, form answers) and MINA SSHD dumps packets at trace level (NETCONF
 * payloads, answers to SSH password prompts). Those never log below their floor, whatever the
 * level chosen; a quieter level still quiets them.
 */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE;

    /** The most verbose level each library may log at, by logger name. */
    static final Map<String, Level> FLOORS = Map.of(
            "io.modelcontextprotocol", Level.INFO,
            "org.apache.sshd", Level.DEBUG);

    /** Sets this level on Logback's root logger, and on the libraries above as far as their floor allows. */
    public void apply() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Level chosen = Level.toLevel(name());
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(chosen);
        FLOORS.forEach((name, floor) -> context.getLogger(name).setLevel(chosen.isGreaterOrEqual(floor) ? chosen : floor));
    }
}
