package io.jmcp.tokencli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jmcp.core.auth.TokenStore;
import io.jmcp.core.spi.Scope;
import picocli.CommandLine;

class TokenCliMainTest {

    private static final String SEED_TOKEN = "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8";
    private static final String SEED_FILE = """
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
            """;
    private static final Pattern TOKEN_LINE = Pattern.compile("^  Token: (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path directory;

    private Path tokens() {
        return directory.resolve(".tokens");
    }

    /** One run of the command line against the temporary token file. */
    private record Run(int exitCode, String out, String err) {

        String token() {
            Matcher matcher = TOKEN_LINE.matcher(out);
            assertThat(matcher.find()).as("a Token: line in %s", out).isTrue();
            return matcher.group(1);
        }
    }

    private Run run(String... args) {
        String[] withFile = Stream.concat(Stream.of("--file", tokens().toString()), Stream.of(args)).toArray(String[]::new);
        return runExactly(withFile);
    }

    private static Run runExactly(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = TokenCliMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void generatePrintsTheNewTokenOnceInTheSeedsWording() {
        Run run = run("generate", "--id", "vscode-dev", "--description", "VSCode development environment");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("""
                Generated new token:
                  ID: vscode-dev
                  Token: jmcp_[A-Za-z0-9_-]{43}
                  Description: VSCode development environment
                  Scope: config

                Save this token securely - it won't be shown again!
                """);
    }

    @Test
    void generateGivesTheSeedsDefaultDescription() {
        assertThat(run("generate", "--id", "ci").out()).contains("  Description: Token for ci\n");
    }

    @Test
    void generateMakesAReadScopedToken() throws IOException {
        Run run = run("generate", "--id", "ci", "--scope", "read");
        assertThat(run.out()).contains("  Scope: read\n");
        assertThat(TokenStore.open(tokens()).authenticate(run.token()))
                .hasValueSatisfying(record -> assertThat(record.scope()).isEqualTo(Scope.READ));
    }

    @Test
    void generateWritesTheFileWithMode0600() throws IOException {
        run("generate", "--id", "ci");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens()))).isEqualTo("rw-------");
    }

    @Test
    void generateWritesOnlyAHashOfTheTokenToTheFile() throws IOException {
        String token = run("generate", "--id", "ci").token();
        assertThat(Files.readString(tokens())).doesNotContain(token).doesNotContain(token.substring(9)).contains("sha256:");
    }

    @Test
    void generateRefusesATakenIdWithExitCode1() {
        run("generate", "--id", "ci");
        Run run = run("generate", "--id", "ci");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Error: Token ID 'ci' already exists in " + tokens() + "\n");
    }

    @Test
    void generateRefusesAnUnknownScopeWithExitCode1() {
        Run run = run("generate", "--id", "ci", "--scope", "admin");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Invalid value for option '--scope': 'admin' is not a scope; use read or config\n");
        assertThat(tokens()).doesNotExist();
    }

    @Test
    void generateRequiresAnId() {
        Run run = run("generate");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Missing required option: '--id=ID'\n");
    }

    @Test
    void listPrintsTheSeedsColumnsPlusScope() {
        run("generate", "--id", "vscode-dev", "--description", "VSCode development environment");
        run("generate", "--id", "ci", "--scope", "read");
        Run run = run("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("""
                ID +Description +Scope +Created
                -{94}
                vscode-dev {11}VSCode development environment {11}config \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ
                ci {19}Token for ci {29}read {3}\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ
                """);
    }

    @Test
    void listWidensColumnsForLongIds() {
        String id = "a-token-id-longer-than-twenty";
        run("generate", "--id", id);
        assertThat(run("list").out().lines()).element(2).asString().startsWith(id + " Token for " + id);
    }

    @Test
    void listNeverShowsTokens() {
        String token = run("generate", "--id", "ci").token();
        assertThat(run("list").out()).doesNotContain(token.substring(9));
    }

    @Test
    void listOfAMissingFileSaysThereAreNoTokens() {
        Run run = run("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No tokens found in " + tokens() + "\n");
    }

    @Test
    void listOfAnInvalidFileFailsWithTheLine() throws IOException {
        Files.writeString(tokens(), "{\n  \"ci\": {\"token\": \"x\",}\n}\n");
        Run run = run("list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: Token file " + tokens() + " is not valid JSON at line 2, column 23\n");
    }

    @Test
    void listOfAnUnreadableFileFails() throws IOException {
        Files.createDirectory(tokens());
        Run run = run("list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Cannot read token file " + tokens() + ": ");
    }

    @Test
    void listReadsTheSeedsPlainTextFileAndSaysTheNextWriteHashesIt() throws IOException {
        Files.writeString(tokens(), SEED_FILE);
        Run run = run("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("vscode-dev").contains("prod-client").doesNotContain(SEED_TOKEN);
        assertThat(run.err()).isEqualTo("Note: 2 token(s) in " + tokens()
                + " are stored in plain text; the next generate or revoke replaces them with salted hashes.\n");
    }

    @Test
    void showPrintsTheMetadataAndOnlyAPrefixOfTheToken() {
        String token = run("generate", "--id", "vscode-dev", "--description", "VSCode development environment").token();
        Run run = run("show", "--id", "vscode-dev");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("""
                Token ID: vscode-dev
                Token prefix: \\Q%s\\E\\.\\.\\. \\(only a salted hash of the token is stored; the token itself cannot be shown\\)
                Description: VSCode development environment
                Scope: config
                Created: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ
                """.formatted(token.substring(0, 9)));
    }

    @Test
    void showRefusesAnUnknownIdWithExitCode1() {
        run("generate", "--id", "ci");
        Run run = run("show", "--id", "nobody");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: Token ID 'nobody' not found in " + tokens() + "\n");
    }

    @Test
    void revokeRemovesTheTokenInTheSeedsWording() {
        String token = run("generate", "--id", "ci").token();
        TokenStore server = TokenStore.open(tokens(), Duration.ZERO);
        Run run = run("revoke", "--id", "ci");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Token 'ci' has been revoked\n");
        assertThat(server.authenticate(token)).isEmpty();
    }

    @Test
    void revokeRefusesAnUnknownIdWithExitCode1() {
        run("generate", "--id", "ci");
        Run run = run("revoke", "--id", "nobody");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: Token ID 'nobody' not found in " + tokens() + "\n");
    }

    @Test
    void aWriteUpgradesTheSeedsPlainTextFileToHashes() throws IOException {
        Files.writeString(tokens(), SEED_FILE);
        assertThat(run("revoke", "--id", "prod-client").exitCode()).isZero();
        String upgraded = Files.readString(tokens());
        assertThat(upgraded).doesNotContain(SEED_TOKEN).doesNotContain("\"token\"").contains("\"hash\"");
        assertThat(TokenStore.open(tokens()).authenticate(SEED_TOKEN)).isPresent();
        assertThat(run("list").err()).isEmpty();
    }

    @Test
    void acceptsTheFileOptionAfterTheSubcommand() {
        runExactly("generate", "--id", "ci", "--file", tokens().toString());
        assertThat(tokens()).exists();
    }

    @Test
    void withoutASubcommandPrintsUsageAndExits1() {
        Run run = runExactly();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Missing required subcommand\nUsage: jmcp-token-cli");
    }
}
