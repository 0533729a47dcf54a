package io.jmcp.core.spi;

/**
 * A tool call failed for a reason the user can act on. The message is shown to the client as
 * the text of an error result, so it must say what was wrong and name the argument, device or
 * line concerned; it must never contain a secret.
 */
public class ToolException extends RuntimeException {
    public ToolException(String message) {
        super(message);
    }

    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
