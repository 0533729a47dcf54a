package io.jmcp.core.spi;

/**
 * A resource read named a resource that does not exist for the caller (or no longer does); the
 * client gets the JSON-RPC "resource not found" error with this message.
 */
public class ResourceNotFoundException extends ToolException {
    public ResourceNotFoundException(String message) {
        super(message);
    }
}
