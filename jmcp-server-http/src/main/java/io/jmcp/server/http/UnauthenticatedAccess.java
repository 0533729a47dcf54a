package io.jmcp.server.http;

/**
 * Lets every request in, as {@link HttpPrincipal#unauthenticated()}: only for a server bound to
 * loopback and started with {@code --allow-unauthenticated-http}. Any Authorization header is
 * ignored, since there are no tokens to check it against.
 */
final class UnauthenticatedAccess implements RequestAuthenticator {
    private static final Authentication EVERYONE = Authentication.accepted(HttpPrincipal.unauthenticated());

    @Override
    public Authentication authenticate(String authorizationHeader) {
        return EVERYONE;
    }

    @Override
    public boolean requiresToken() {
        return false;
    }
}
