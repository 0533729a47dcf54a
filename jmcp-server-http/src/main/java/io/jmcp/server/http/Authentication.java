package io.jmcp.server.http;

import java.util.Optional;

/**
 * The result of authenticating one request: its principal, or why it was refused.
 *
 * @param principal who sent the request; null when refused
 * @param rejection the reason the client is told; null when accepted
 */
record Authentication(HttpPrincipal principal, Rejection rejection) {

    /** Why a request was refused, in the words the client receives. */
    enum Rejection {
        MISSING_OR_MALFORMED_HEADER("Missing or invalid Authorization header", "Bearer"),
        INVALID_TOKEN("Invalid token", "Bearer error=\"invalid_token\"");

        private final String message;
        private final String challenge;

        Rejection(String message, String challenge) {
            this.message = message;
            this.challenge = challenge;
        }

        String message() {
            return message;
        }

        /** The {@code WWW-Authenticate} value (RFC 6750). */
        String challenge() {
            return challenge;
        }
    }

    static Authentication accepted(HttpPrincipal principal) {
        return new Authentication(principal, null);
    }

    static Authentication rejected(Rejection rejection) {
        return new Authentication(null, rejection);
    }

    Optional<HttpPrincipal> acceptedPrincipal() {
        return Optional.ofNullable(principal);
    }
}
