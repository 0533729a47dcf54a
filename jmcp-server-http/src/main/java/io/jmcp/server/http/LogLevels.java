package io.jmcp.server.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Applies {@code --log-level}, except to libraries that print what passes through them: the MCP
 * SDK logs whole JSON-RPC messages at debug level (tool arguments, configuration bodies, form
 * answers) and MINA SSHD dumps packets at trace level (NETCONF payloads, SSH password prompts'
 * answers). Those never log below their floor, whatever the level chosen.
 */
final class LogLevels {
    private static final Map<String, Level> MOST_VERBOSE = Map.of(
            "io.modelcontextprotocol.spec.McpSchema", Level.INFO,
            "io.modelcontextprotocol.spec.McpServerSession", Level.INFO,
            "io.modelcontextprotocol.spec.McpStreamableServerSession", Level.INFO,
            "org.apache.sshd", Level.DEBUG);

    private LogLevels() {
    }

    static void apply(Level chosen) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(chosen);
        MOST_VERBOSE.forEach((name, floor) -> {
            Logger logger = context.getLogger(name);
            logger.setLevel(chosen.isGreaterOrEqual(floor) ? chosen : floor);
        });
    }
}
