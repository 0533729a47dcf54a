package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class-data archive the JVM refuses, made before this JVM was installed (an older Java made it:
 * here a file of no archive's format, which JDK 17 refuses as silently as an archive of another
 * build) is made again: the server deletes it and says so, and the next start through bin/jmcp
 * makes one this JVM uses. Without this, every start after a Java upgrade ran without the archive
 * until the jar changed.
 */
class RefusedClassArchiveIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REFUSED = "could not use the class-data archive";

    @Test
    void anArchiveTheJvmRefusesIsDeletedAndTheNextStartMakesOneItUses(@TempDir Path home) throws Exception {
        Files.copy(Repository.launcher(), Files.createDirectory(home.resolve("bin")).resolve("jmcp"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Path lib = Files.createDirectory(home.resolve("lib"));
        // An installation older than this JDK's (as after a Java upgrade): the jar, then its archive.
        Path jar = Files.copy(Repository.stdioServerJar(), lib.resolve("jmcp-server-stdio.jar"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Path archive = lib.resolve("jmcp-server-stdio-static.jsa");
        byte[] notAnArchive = new byte[8192];
        Arrays.fill(notAnArchive, (byte) 0x5a);
        Files.write(archive, notAnArchive);
        // Newer than the jar, so bin/jmcp gives it to the JVM as it is; older than this JDK's installation.
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2002-01-01T00:00:00Z")));

        try (StdioServer refused = Launcher.installed(home, "--demo", "1")) {
            refused.client().listTools(); // answered once the tools are served: the archive was judged before
            assertThat(archive).doesNotExist();
            awaitUntil(() -> refused.stderr().contains(REFUSED), "the server names the refused archive; its stderr:\n"
                    + refused.stderr());
            assertThat(refused.stderr()).contains(archive.toString(), "older Java", "deleted", "next start makes it again");
        }

        try (StdioServer again = Launcher.installed(home, "--demo", "1")) {
            again.client().listTools(); // a refused archive would be gone by now
            assertThat(archive).as(again.stderr()).exists();
            assertThat(again.stderr()).contains("making the class-data archive").doesNotContain(REFUSED);
        }
    }

    /** The client reads the server's stderr on a thread of its own: a line may come after an answer. */
    private static void awaitUntil(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as(failure).isNegative();
            Thread.sleep(50);
        }
    }
}
