package io.jmcp.netconf.error;

/** The device refused the credentials offered (password, key, or passphrase of the key). */
public class AuthenticationException extends NetconfException {
    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
