package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class TokenStoreTest {

    private static final String SEED_TOKEN = "jmcp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8";

    @TempDir
    Path directory;

    private final Logger storeLogger = (Logger) LoggerFactory.getLogger(TokenStore.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        storeLogger.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        storeLogger.detachAppender(logged);
    }

    private Path path() {
        return directory.resolve(".tokens");
    }

    private TokenFile file() {
        return new TokenFile(path());
    }

    /** Checks the file on every call, so each test sees a change as soon as it is written. */
    private TokenStore openCheckingEveryTime() {
        return TokenStore.open(path(), Duration.ZERO);
    }

    @Test
    void authenticatesAGeneratedTokenWithItsRecord() {
        IssuedToken issued = file().generate("ci", "CI runner", Scope.READ);
        assertThat(TokenStore.open(path()).authenticate(issued.token())).contains(issued.record());
    }

    @Test
    void tellsTokensApartByWhichOneWasPresented() {
        file().generate("a", null, null);
        IssuedToken b = file().generate("b", null, null);
        file().generate("c", null, null);
        assertThat(TokenStore.open(path()).authenticate(b.token())).map(TokenRecord::id).contains("b");
    }

    @Test
    void rejectsAnUnknownToken() {
        file().generate("ci", null, null);
        assertThat(TokenStore.open(path()).authenticate(new TokenGenerator().newToken())).isEmpty();
    }

    @Test
    void rejectsAGeneratedTokenWithItsLastCharacterChanged() {
        String token = file().generate("ci", null, null).token();
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(TokenStore.open(path()).authenticate(altered)).isEmpty();
    }

    @Test
    void rejectsAnEmptyOrMissingToken() {
        file().generate("ci", null, null);
        TokenStore store = TokenStore.open(path());
        assertThat(store.authenticate("")).isEmpty();
        assertThat(store.authenticate(null)).isEmpty();
    }

    @Test
    void acceptsTheSeedsPlainTextFileWithConfigScope() throws IOException {
        Files.writeString(path(), TokenFileTest.SEED_FILE);
        assertThat(TokenStore.open(path()).authenticate(SEED_TOKEN)).hasValueSatisfying(record -> {
            assertThat(record.id()).isEqualTo("vscode-dev");
            assertThat(record.scope()).isEqualTo(Scope.CONFIG);
            assertThat(record.plainTextOnDisk()).isTrue();
        });
    }

    @Test
    void refusesToOpenAMissingFile() {
        assertThatThrownBy(() -> TokenStore.open(path()))
                .isInstanceOf(TokenStoreException.class)
                .hasMessage("Token file " + path() + " does not exist");
    }

    @Test
    void refusesToOpenAnInvalidFile() throws IOException {
        Files.writeString(path(), "{\"a\": {\"token\": \"x\", \"scope\": \"admin\"}}");
        assertThatThrownBy(() -> TokenStore.open(path()))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("entry 'a' field 'scope'");
    }

    @Test
    void stopsAcceptingARevokedTokenWithoutARestart() {
        IssuedToken issued = file().generate("ci", null, null);
        TokenStore store = openCheckingEveryTime();
        assertThat(store.authenticate(issued.token())).isPresent();
        file().revoke("ci");
        assertThat(store.authenticate(issued.token())).isEmpty();
    }

    @Test
    void acceptsANewTokenWithoutARestart() {
        file().generate("first", null, null);
        TokenStore store = openCheckingEveryTime();
        IssuedToken added = file().generate("second", null, Scope.READ);
        assertThat(store.authenticate(added.token())).contains(added.record());
    }

    @Test
    void rejectsEveryTokenWhileTheFileIsInvalidThenRecovers() throws IOException {
        IssuedToken issued = file().generate("ci", null, null);
        String valid = Files.readString(path());
        TokenStore store = openCheckingEveryTime();
        Files.writeString(path(), "{ broken");
        assertThat(store.authenticate(issued.token())).isEmpty();
        assertThat(store.tokens()).isEmpty();
        Files.writeString(path(), valid);
        assertThat(store.authenticate(issued.token())).isPresent();
    }

    @Test
    void rejectsEveryTokenOnceTheFileIsDeleted() throws IOException {
        IssuedToken issued = file().generate("ci", null, null);
        TokenStore store = openCheckingEveryTime();
        Files.delete(path());
        assertThat(store.authenticate(issued.token())).isEmpty();
    }

    @Test
    void readsTheFileAtMostOncePerCheckInterval() {
        IssuedToken first = file().generate("first", null, null);
        AtomicLong now = new AtomicLong();
        TokenStore store = new TokenStore(file(), Duration.ofMillis(250), now::get);
        file().revoke("first");
        now.set(Duration.ofMillis(249).toNanos());
        assertThat(store.authenticate(first.token())).isPresent();
        now.set(Duration.ofMillis(250).toNanos());
        assertThat(store.authenticate(first.token())).isEmpty();
    }

    @Test
    void listsTheTokensItAccepts() {
        IssuedToken issued = file().generate("ci", null, Scope.READ);
        assertThat(TokenStore.open(path()).tokens()).containsExactly(issued.record());
    }

    @Test
    void logsAProblemOnceHoweverOftenTokensArePresented() throws IOException {
        IssuedToken issued = file().generate("ci", null, null);
        TokenStore store = openCheckingEveryTime();
        Files.writeString(path(), "{ broken");
        for (int i = 0; i < 3; i++) {
            store.authenticate(issued.token());
        }
        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.ERROR).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .isEqualTo("Token file " + path() + " is not valid JSON at line 1, column 3; "
                        + "rejecting every token until the file is fixed");
    }

    @Test
    void neverLogsAToken() throws IOException {
        Files.writeString(path(), TokenFileTest.SEED_FILE);
        TokenStore store = openCheckingEveryTime();
        IssuedToken issued = file().generate("ci", null, null);
        store.authenticate(issued.token());
        store.authenticate(SEED_TOKEN);
        assertThat(logged.list).isNotEmpty().extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains(issued.token()) || message.contains(SEED_TOKEN));
    }
}
