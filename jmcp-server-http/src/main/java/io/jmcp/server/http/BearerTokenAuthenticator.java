package io.jmcp.server.http;

import io.jmcp.core.auth.TokenStore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts requests whose {@code Authorization: Bearer <token>} names a token of the token store.
 * The store compares in constant time and follows its file, so revoked and new tokens take effect
 * without a restart.
 */
final class BearerTokenAuthenticator implements RequestAuthenticator {
    /** RFC 6750 credentials: the scheme (any case), one or more spaces, a b64token. */
    private static final Pattern BEARER_CREDENTIALS =
            Pattern.compile("Bearer +([A-Za-z0-9\\-._~+/]+=*)", Pattern.CASE_INSENSITIVE);

    private final TokenStore tokens;

    BearerTokenAuthenticator(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Authentication.rejected(Authentication.Rejection.MISSING_OR_MALFORMED_HEADER);
        }
        Matcher credentials = BEARER_CREDENTIALS.matcher(authorizationHeader.strip());
        if (!credentials.matches()) {
            return Authentication.rejected(Authentication.Rejection.MISSING_OR_MALFORMED_HEADER);
        }
        return tokens.authenticate(credentials.group(1))
                .map(token -> Authentication.accepted(HttpPrincipal.of(token)))
                .orElseGet(() -> Authentication.rejected(Authentication.Rejection.INVALID_TOKEN));
    }

    @Override
    public boolean requiresToken() {
        return true;
    }
}
