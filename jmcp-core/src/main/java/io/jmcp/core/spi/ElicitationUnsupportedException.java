package io.jmcp.core.spi;

/**
 * The user cannot be asked here: the connected MCP client did not declare elicitation support, or
 * the server serves without MCP sessions, over which alone it could send a form request.
 */
public class ElicitationUnsupportedException extends ToolException {

    /** The connected client did not declare elicitation support. */
    public ElicitationUnsupportedException() {
        super("this MCP client does not support elicitation (interactive forms)");
    }

    /**
     * @param message why the user cannot be asked and what to do instead, in words for the client
     */
    public ElicitationUnsupportedException(String message) {
        super(message);
    }
}
