package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/** One entry of a token file: the token's record and the hash that proves a presented token is it. */
record StoredToken(TokenRecord record, TokenHash hash) {

    /** Shorter tokens show no prefix: a few of their characters would be a real share of the secret. */
    private static final int MIN_LENGTH_FOR_PREFIX = 32;
    private static final int PREFIX_LENGTH = TokenGenerator.PREFIX.length() + 4;

    static StoredToken issue(String id, String description, Instant created, Scope scope, String token, SecureRandom random) {
        TokenRecord record = new TokenRecord(id, description, Optional.of(created), scope, prefixOf(token), false);
        return new StoredToken(record, TokenHash.of(token, random));
    }

    /** A seed-format entry, hashed in memory so that every comparison takes the same path. */
    static StoredToken fromPlainText(
            String id, String description, Optional<Instant> created, Scope scope, String token, SecureRandom random) {
        TokenRecord record = new TokenRecord(id, description, created, scope, prefixOf(token), true);
        return new StoredToken(record, TokenHash.of(token, random));
    }

    private static Optional<String> prefixOf(String token) {
        return token.length() >= MIN_LENGTH_FOR_PREFIX ? Optional.of(token.substring(0, PREFIX_LENGTH)) : Optional.empty();
    }
}
