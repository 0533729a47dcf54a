package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenFileFormatTest {

    private static final Path SOURCE = Path.of("/srv/jmcp/.tokens");
    private static final String SEED_TOKEN = "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8";

    private final SecureRandom random = new SecureRandom();
    private final TokenFileFormat format = new TokenFileFormat(SOURCE, random);

    @Test
    void readsTheSeedReadmeExampleAsPlainTextTokensWithConfigScope() {
        List<StoredToken> tokens = parse("""
                {
                "vscode-dev": {
                "token": "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8",
                "description": "VSCode development environment",
                "created": "2025-01-28T10:30:00Z"
                },
                "prod-client": {
                "token": "jmcp_x9y8z7w6v5u4t3s2r1q0p9o8n7m6l5k4j3i2",
                "description": "Production client access",
                "created": "2025-01-28T09:15:00Z"
                }
                }
                """);
        assertThat(tokens).extracting(StoredToken::record).containsExactly(
                new TokenRecord("vscode-dev", "VSCode development environment",
                        Optional.of(Instant.parse("2025-01-28T10:30:00Z")), Scope.CONFIG, Optional.of("jmcp_a1b2"), true),
                new TokenRecord("prod-client", "Production client access",
                        Optional.of(Instant.parse("2025-01-28T09:15:00Z")), Scope.CONFIG, Optional.of("jmcp_x9y8"), true));
    }

    @Test
    void hashesPlainTextTokensInMemorySoTheyAreComparedLikeAnyOther() {
        StoredToken token = parse("{\"a\": {\"token\": \"" + SEED_TOKEN + "\"}}").get(0);
        assertThat(token.hash().matches(SEED_TOKEN.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void readsTheCreatedTimeThatPythonsIsoformatWrites() {
        StoredToken token = parse("{\"a\": {\"token\": \"x\", \"created\": \"2025-01-28T10:30:00.123456+00:00\"}}").get(0);
        assertThat(token.record().created()).contains(Instant.parse("2025-01-28T10:30:00.123456Z"));
    }

    @Test
    void acceptsAnEntryWithOnlyAToken() {
        TokenRecord record = parse("{\"a\": {\"token\": \"short\"}}").get(0).record();
        assertThat(record).isEqualTo(new TokenRecord("a", "", Optional.empty(), Scope.CONFIG, Optional.empty(), true));
    }

    @Test
    void readsBackWhatItWrites() {
        StoredToken issued = StoredToken.issue("ci", "CI runner", Instant.parse("2025-01-28T10:30:00Z"), Scope.READ,
                SEED_TOKEN, random);
        List<StoredToken> read = format.parse(format.render(List.of(issued)));
        assertThat(read).singleElement().satisfies(token -> {
            assertThat(token.record()).isEqualTo(issued.record());
            assertThat(token.hash().encoded()).isEqualTo(issued.hash().encoded());
        });
    }

    @Test
    void writesHashPrefixDescriptionCreatedAndScope() {
        StoredToken issued = StoredToken.issue("ci", "CI runner", Instant.parse("2025-01-28T10:30:00Z"), Scope.READ,
                SEED_TOKEN, random);
        String written = new String(format.render(List.of(issued)), StandardCharsets.UTF_8);
        assertThat(written)
                .contains("\"hash\" : \"sha256:")
                .contains("\"prefix\" : \"jmcp_a1b2\"")
                .contains("\"description\" : \"CI runner\"")
                .contains("\"created\" : \"2025-01-28T10:30:00Z\"")
                .contains("\"scope\" : \"read\"")
                .doesNotContain(SEED_TOKEN);
    }

    @Test
    void rejectsAnEmptyFile() {
        assertProblem("  \n", "Token file /srv/jmcp/.tokens is empty; it must hold a JSON object keyed by token id");
    }

    @Test
    void rejectsATopLevelArray() {
        assertProblem("[]", "Token file /srv/jmcp/.tokens must hold a JSON object keyed by token id, found array");
    }

    @Test
    void rejectsAnEntryThatIsNotAnObject() {
        assertProblem("{\"a\": \"jmcp_x\"}", "Token file /srv/jmcp/.tokens entry 'a' must be a JSON object, found string");
    }

    @Test
    void rejectsAMisspeltFieldRatherThanIgnoringIt() {
        assertProblem("{\"a\": {\"token\": \"x\", \"scop\": \"read\"}}",
                "entry 'a' has unknown field 'scop'; expected created, description, hash, prefix, scope, token");
    }

    @Test
    void rejectsAnUnknownScope() {
        assertProblem("{\"a\": {\"token\": \"x\", \"scope\": \"admin\"}}",
                "entry 'a' field 'scope': 'admin' is not a scope; use read or config");
    }

    @Test
    void rejectsACreatedTimeWithoutOffset() {
        assertProblem("{\"a\": {\"token\": \"x\", \"created\": \"2025-01-28 10:30\"}}",
                "entry 'a' field 'created' is '2025-01-28 10:30', not an ISO-8601 time with offset such as 2025-01-28T10:30:00Z");
    }

    @Test
    void rejectsANonStringField() {
        assertProblem("{\"a\": {\"token\": \"x\", \"description\": 7}}",
                "entry 'a' field 'description' must be a string, found number");
    }

    @Test
    void rejectsAnEntryWithBothHashAndToken() {
        assertProblem("{\"a\": {\"token\": \"x\", \"hash\": \"sha256:x:y\"}}",
                "entry 'a' has both 'hash' and a plain-text 'token'; keep only 'hash'");
    }

    @Test
    void rejectsAnEntryWithNeitherHashNorToken() {
        assertProblem("{\"a\": {\"description\": \"x\"}}", "entry 'a' has neither 'hash' nor 'token'");
    }

    @Test
    void rejectsAnEmptyToken() {
        assertProblem("{\"a\": {\"token\": \"\"}}", "entry 'a' has an empty 'token'");
    }

    @Test
    void rejectsAMalformedHash() {
        assertProblem("{\"a\": {\"hash\": \"sha256:AAAA\"}}",
                "entry 'a' field 'hash' is malformed: expected sha256:<salt base64>:<digest base64>");
    }

    @Test
    void rejectsADuplicateTokenId() {
        assertProblem("{\"a\": {\"token\": \"x\"},\n\"a\": {\"token\": \"y\"}}", "Duplicate property \"a\"");
    }

    @Test
    void rejectsADuplicateFieldSoAScopeCannotBeOverriddenUnnoticed() {
        assertProblem("{\"a\": {\"token\": \"x\", \"scope\": \"read\", \"scope\": \"config\"}}", "Duplicate property \"scope\"");
    }

    @Test
    void reportsTheLineAndColumnOfASyntaxError() {
        assertProblem("{\n\"a\": {\"token\": \"x\",}\n}", "Token file /srv/jmcp/.tokens is not valid JSON at line 2, column 20");
    }

    @Test
    void neverQuotesTheFileContentInASyntaxError() {
        assertThatThrownBy(() -> parse("{\"a\": {\"token\": " + SEED_TOKEN + "}}"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageNotContaining("a1b2c3");
    }

    private List<StoredToken> parse(String json) {
        return format.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertProblem(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(TokenStoreException.class).hasMessageContaining(message);
    }
}
