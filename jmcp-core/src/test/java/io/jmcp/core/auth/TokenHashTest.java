package io.jmcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class TokenHashTest {

    private static final String TOKEN = "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8";

    private final SecureRandom random = new SecureRandom();

    @Test
    void matchesTheTokenItHashes() {
        assertThat(TokenHash.of(TOKEN, random).matches(bytes(TOKEN))).isTrue();
    }

    @Test
    void rejectsATokenDifferingOnlyInItsLastCharacter() {
        assertThat(TokenHash.of(TOKEN, random).matches(bytes(TOKEN.substring(0, TOKEN.length() - 1) + "9"))).isFalse();
    }

    @Test
    void rejectsAPrefixOfTheToken() {
        assertThat(TokenHash.of(TOKEN, random).matches(bytes(TOKEN.substring(0, 20)))).isFalse();
    }

    @Test
    void rejectsTheTokenWithTrailingCharacters() {
        assertThat(TokenHash.of(TOKEN, random).matches(bytes(TOKEN + " "))).isFalse();
    }

    @Test
    void saltsEachHashSoEqualTokensEncodeDifferently() {
        assertThat(TokenHash.of(TOKEN, random).encoded()).isNotEqualTo(TokenHash.of(TOKEN, random).encoded());
    }

    @Test
    void encodesAsSha256SaltAndDigestInBase64() {
        assertThat(TokenHash.of(TOKEN, random).encoded()).matches("sha256:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]{43}=");
    }

    @Test
    void parsesItsEncodedFormBackIntoAnEquivalentHash() {
        TokenHash parsed = TokenHash.parse(TokenHash.of(TOKEN, random).encoded());
        assertThat(parsed.matches(bytes(TOKEN))).isTrue();
    }

    @Test
    void refusesAnotherAlgorithm() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenHash.parse("md5:AAAAAAAAAAA=:AAAA"))
                .withMessageContaining("expected sha256:<salt base64>:<digest base64>");
    }

    @Test
    void refusesAMissingPart() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenHash.parse("sha256:AAAAAAAAAAA="))
                .withMessageContaining("expected sha256:");
    }

    @Test
    void refusesInvalidBase64() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenHash.parse("sha256:!!!:AAAA"))
                .withMessage("the salt is not valid base64");
    }

    @Test
    void refusesADigestOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenHash.parse("sha256:AAAAAAAAAAAAAAAAAAAAAA==:AAAA"))
                .withMessage("the digest has 3 bytes, a SHA-256 digest has 32");
    }

    @Test
    void refusesASaltTooShortToSalt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TokenHash.parse("sha256:AAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .withMessage("the salt has 3 bytes, at least 8 are needed");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
