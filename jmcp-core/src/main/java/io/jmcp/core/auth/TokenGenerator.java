package io.jmcp.core.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/** Makes bearer tokens: {@code jmcp_} followed by 32 random bytes in unpadded base64url (43 characters). */
public final class TokenGenerator {

    public static final String PREFIX = "jmcp_";
    private static final int RANDOM_BYTES = 32;

    private final SecureRandom random;

    public TokenGenerator() {
        this(new SecureRandom());
    }

    public TokenGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
