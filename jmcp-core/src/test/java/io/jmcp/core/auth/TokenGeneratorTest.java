package io.jmcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenGeneratorTest {

    private final TokenGenerator generator = new TokenGenerator();

    @Test
    void makesJmcpPrefixFollowedBy43UrlSafeCharacters() {
        assertThat(generator.newToken()).matches("jmcp_[A-Za-z0-9_-]{43}");
    }

    @Test
    void neverRepeatsAToken() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(generator.newToken());
        }
        assertThat(tokens).hasSize(1000);
    }
}
