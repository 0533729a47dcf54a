package io.jmcp.core.spi;

/**
 * Log messages sent to the MCP client ({@code notifications/message}), filtered by the level the
 * client asked for. Never pass a secret or a configuration body.
 */
public interface ClientLog {

    enum Level {
        DEBUG, INFO, NOTICE, WARNING, ERROR
    }

    void log(Level level, String message);

    default void debug(String message) {
        log(Level.DEBUG, message);
    }

    default void info(String message) {
        log(Level.INFO, message);
    }

    default void warning(String message) {
        log(Level.WARNING, message);
    }

    default void error(String message) {
        log(Level.ERROR, message);
    }
}
