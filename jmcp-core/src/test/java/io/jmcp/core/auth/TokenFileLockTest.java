package io.jmcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TokenFileLockTest {

    private static final Duration SHORT = Duration.ofMillis(100);

    @TempDir
    Path directory;

    private Path tokens() {
        return directory.resolve(".tokens");
    }

    private String busyMessage() {
        return "Another writer has held " + directory.resolve(".tokens.lock") + " for more than 100 ms; "
                + "try again, or check for a stuck jmcp-token-cli";
    }

    @Test
    void givesUpNamingTheLockFileWhileAnotherThreadHoldsIt() throws Exception {
        try (TokenFileLock held = TokenFileLock.acquire(tokens(), SHORT)) {
            CompletableFuture<Throwable> attempt = CompletableFuture.supplyAsync(() -> {
                try (TokenFileLock second = TokenFileLock.acquire(tokens(), SHORT)) {
                    return null;
                } catch (TokenStoreException e) {
                    return e;
                }
            });
            assertThat(attempt.get(10, TimeUnit.SECONDS)).isInstanceOf(TokenStoreException.class).hasMessage(busyMessage());
        }
    }

    @Test
    void isFreeAgainOnceReleased() {
        TokenFileLock.acquire(tokens(), SHORT).close();
        CompletableFuture.runAsync(() -> TokenFileLock.acquire(tokens(), SHORT).close()).join();
    }

    @Test
    @Timeout(60)
    void excludesWritersInOtherProcesses() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                directory.resolve(".tokens.lock").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> TokenFileLock.acquire(tokens(), SHORT)).hasMessage(busyMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        TokenFileLock.acquire(tokens(), Duration.ofSeconds(10)).close();
    }
}
