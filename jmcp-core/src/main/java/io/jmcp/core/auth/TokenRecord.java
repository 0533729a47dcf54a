package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a token apart from its secret.
 *
 * @param id              the token's name in the token file
 * @param description     free text; empty when the file has none
 * @param created         when the token was made; absent for seed-format entries that never said
 * @param scope           what the token may do
 * @param prefix          the first characters of the token, shown to tell tokens apart; absent when
 *                        the token is too short to give any of it away
 * @param plainTextOnDisk the file still holds this token in the seed's plain-text form
 */
public record TokenRecord(
        String id,
        String description,
        Optional<Instant> created,
        Scope scope,
        Optional<String> prefix,
        boolean plainTextOnDisk) {

    public TokenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(prefix, "prefix");
    }
}
