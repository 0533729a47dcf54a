package io.jmcp.core.app;

/**
 * The server cannot start because of its configuration (inventory, guardrail files, options,
 * tool plugins). The message says what to fix; mains print it without a stack trace.
 */
public class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
