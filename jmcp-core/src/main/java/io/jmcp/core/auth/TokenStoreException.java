package io.jmcp.core.auth;

/** A token file that cannot be used, or a token operation that cannot be done; the message says which and why. */
public class TokenStoreException extends RuntimeException {

    public TokenStoreException(String message) {
        super(message);
    }

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
