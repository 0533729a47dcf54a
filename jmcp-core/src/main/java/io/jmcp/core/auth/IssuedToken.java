package io.jmcp.core.auth;

import java.util.Objects;

/**
 * A token just generated: the only moment its secret exists outside the client that keeps it.
 *
 * @param record what the token file now records about it
 * @param token  the secret to hand to the client once
 */
public record IssuedToken(TokenRecord record, String token) {

    public IssuedToken {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(token, "token");
    }

    /** Keeps the secret out of logs and exception messages that print this object. */
    @Override
    public String toString() {
        return "IssuedToken[record=" + record + ", token=<redacted>]";
    }
}
