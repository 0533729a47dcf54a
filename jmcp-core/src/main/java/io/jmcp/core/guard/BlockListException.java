package io.jmcp.core.guard;

/**
 * A block file that cannot be used: unreadable, or holding an invalid regex. Guardrails fail
 * closed: the server refuses to start rather than run with fewer patterns than intended.
 */
public class BlockListException extends RuntimeException {
    public BlockListException(String message) {
        super(message);
    }
}
