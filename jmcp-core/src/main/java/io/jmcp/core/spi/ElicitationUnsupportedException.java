package io.jmcp.core.spi;

/** The connected MCP client did not declare elicitation support, so the user cannot be asked. */
public class ElicitationUnsupportedException extends ToolException {
    public ElicitationUnsupportedException() {
        super("this MCP client does not support elicitation (interactive forms)");
    }
}
