package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {

    static final String SEED_FILE = """
            {
              "vscode-dev": {
                "token": "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8",
                "description": "VSCode development environment",
                "created": "2025-01-28T10:30:00Z"
              }
            }
            """;

    @TempDir
    Path directory;

    private TokenFile file() {
        return new TokenFile(directory.resolve(".tokens"));
    }

    @Test
    void generateCreatesTheFileReadableByItsOwnerOnly() throws IOException {
        file().generate("ci", null, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(".tokens"))))
                .isEqualTo("rw-------");
    }

    @Test
    void generateStoresAHashButNeverTheToken() throws IOException {
        IssuedToken issued = file().generate("ci", "CI runner", Scope.READ);
        assertThat(Files.readString(directory.resolve(".tokens")))
                .doesNotContain(issued.token())
                .contains("\"hash\" : \"sha256:");
    }

    @Test
    void generateRecordsIdDescriptionScopePrefixAndCreatedTimeInWholeUtcSeconds() {
        IssuedToken issued = file().generate("ci", "CI runner", Scope.READ);
        TokenRecord record = issued.record();
        assertThat(record.id()).isEqualTo("ci");
        assertThat(record.description()).isEqualTo("CI runner");
        assertThat(record.scope()).isEqualTo(Scope.READ);
        assertThat(record.prefix()).contains(issued.token().substring(0, 9));
        assertThat(record.created()).hasValueSatisfying(created -> assertThat(created.toString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertThat(file().find("ci")).contains(record);
    }

    @Test
    void generateDefaultsToTheSeedsDescriptionAndConfigScope() {
        TokenRecord record = file().generate("ci", null, null).record();
        assertThat(record.description()).isEqualTo("Token for ci");
        assertThat(record.scope()).isEqualTo(Scope.CONFIG);
    }

    @Test
    void issuedTokenNeverPrintsItsSecret() {
        IssuedToken issued = file().generate("ci", null, null);
        assertThat(issued.toString()).doesNotContain(issued.token()).contains("<redacted>");
    }

    @Test
    void generateRefusesATakenId() {
        file().generate("ci", null, null);
        assertThatThrownBy(() -> file().generate("ci", null, null))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Token ID 'ci' already exists in " + directory.resolve(".tokens"));
    }

    @Test
    void generateRefusesAnIdWithANewLine() {
        assertThatThrownBy(() -> file().generate("ci\nroot", null, null))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Token ID must not contain control characters such as new lines or tabs");
    }

    @Test
    void generateRefusesABlankId() {
        assertThatThrownBy(() -> file().generate(" ", null, null))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Token ID must not be empty");
    }

    @Test
    void generateRefusesAMissingDirectory() {
        Path missing = directory.resolve("nowhere/.tokens");
        assertThatThrownBy(() -> new TokenFile(missing).generate("ci", null, null))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Cannot write token file " + missing + ": directory " + missing.getParent() + " does not exist");
    }

    @Test
    void writesRestoreOwnerOnlyModeOnAFileOthersCouldRead() throws IOException {
        Path path = directory.resolve(".tokens");
        Files.writeString(path, "{}");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        file().generate("ci", null, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void listKeepsTheOrderOfTheFile() {
        file().generate("b", null, null);
        file().generate("a", null, null);
        assertThat(file().list()).extracting(TokenRecord::id).containsExactly("b", "a");
    }

    @Test
    void listOfAMissingFileIsEmpty() {
        assertThat(file().list()).isEmpty();
    }

    @Test
    void revokeRemovesOnlyThatToken() {
        file().generate("a", null, null);
        file().generate("b", null, null);
        assertThat(file().revoke("a").id()).isEqualTo("a");
        assertThat(file().list()).extracting(TokenRecord::id).containsExactly("b");
    }

    @Test
    void revokeRefusesAnUnknownId() {
        file().generate("a", null, null);
        assertThatThrownBy(() -> file().revoke("b"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Token ID 'b' not found in " + directory.resolve(".tokens"));
    }

    @Test
    void revokeOfAMissingFileSaysTheFileIsMissing() {
        assertThatThrownBy(() -> file().revoke("a"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Token file " + directory.resolve(".tokens") + " does not exist");
    }

    @Test
    void aWriteLeavesAnInvalidFileUntouched() throws IOException {
        Path path = directory.resolve(".tokens");
        Files.writeString(path, "{ not json");
        assertThatThrownBy(() -> file().generate("ci", null, null))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith("Token file " + path + " is not valid JSON at line 1");
        assertThat(Files.readString(path)).isEqualTo("{ not json");
    }

    @Test
    void readingAPathThatIsNoFileSaysWhyItCannotBeRead() throws IOException {
        Path path = Files.createDirectory(directory.resolve(".tokens"));
        assertThatThrownBy(() -> file().list())
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith("Cannot read token file " + path + ": ")
                .hasMessageContaining("Is a directory");
    }

    @Test
    void theNextWriteReplacesSeedPlainTextTokensByHashes() throws IOException {
        Path path = directory.resolve(".tokens");
        Files.writeString(path, SEED_FILE);
        file().generate("ci", null, null);
        assertThat(Files.readString(path))
                .doesNotContain("jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8")
                .doesNotContain("\"token\"");
        assertThat(file().list()).filteredOn(TokenRecord::plainTextOnDisk).isEmpty();
    }

    @Test
    void anUpgradedSeedTokenStillAuthenticates() throws IOException {
        Files.writeString(directory.resolve(".tokens"), SEED_FILE);
        file().generate("ci", null, null);
        assertThat(TokenStore.open(directory.resolve(".tokens")).authenticate("jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8"))
                .hasValueSatisfying(record -> assertThat(record.id()).isEqualTo("vscode-dev"));
    }

    @Test
    void anUpgradeKeepsTheSeedEntrysMetadata() throws IOException {
        Files.writeString(directory.resolve(".tokens"), SEED_FILE);
        TokenRecord before = file().find("vscode-dev").orElseThrow();
        file().generate("ci", null, null);
        TokenRecord after = file().find("vscode-dev").orElseThrow();
        assertThat(after.description()).isEqualTo(before.description());
        assertThat(after.created()).isEqualTo(before.created());
        assertThat(after.scope()).isEqualTo(before.scope());
        assertThat(after.prefix()).isEqualTo(before.prefix());
    }

    @Test
    void concurrentGeneratesFromManyThreadsKeepEveryToken() throws Exception {
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<IssuedToken>> tasks = IntStream.range(0, writers).<Callable<IssuedToken>>mapToObj(i -> () -> {
                start.await(10, TimeUnit.SECONDS);
                return new TokenFile(directory.resolve(".tokens")).generate("writer-" + i, null, null);
            }).toList();
            for (Future<IssuedToken> result : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(file().list()).extracting(TokenRecord::id)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, writers).mapToObj(i -> "writer-" + i).toList());
    }

    @Test
    void writesThroughASymbolicLinkToTheFileItNames() throws IOException {
        Path real = Files.createDirectory(directory.resolve("secrets")).resolve("jmcp-tokens.json");
        Path link = Files.createSymbolicLink(directory.resolve(".tokens"), real);
        IssuedToken first = new TokenFile(link).generate("first", null, null);
        IssuedToken second = new TokenFile(link).generate("second", null, null);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        TokenStore store = TokenStore.open(real);
        assertThat(store.authenticate(first.token())).isPresent();
        assertThat(store.authenticate(second.token())).isPresent();
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        file().generate("a", null, null);
        file().revoke("a");
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(".tokens", ".tokens.lock");
        }
    }
}
