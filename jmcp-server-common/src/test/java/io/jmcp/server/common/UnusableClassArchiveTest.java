package io.jmcp.server.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UnusableClassArchiveTest {
    private static final Instant ARCHIVE_MADE = Instant.parse("2026-11-01T10:00:00Z");
    private static final Optional<FileTime> INSTALLED_LATER = Optional.of(FileTime.from(Instant.parse("2026-12-01T10:00:00Z")));
    private static final Optional<FileTime> INSTALLED_BEFORE = Optional.of(FileTime.from(Instant.parse("2026-10-01T10:00:00Z")));

    @Test
    void anArchiveTheJvmUsesStays(@TempDir Path folder) throws IOException {
        Path archive = archive(folder);

        assertThat(UnusableClassArchive.discardIfUnused(archive, true, false, INSTALLED_LATER)).isEmpty();
        assertThat(archive).exists();
    }

    @Test
    void anArchiveAnOlderJavaMadeIsDeletedSoThatTheNextStartMakesItAgain(@TempDir Path folder) throws IOException {
        Path archive = archive(folder);

        assertThat(UnusableClassArchive.discardIfUnused(archive, false, false, INSTALLED_LATER)).hasValueSatisfying(
                message -> assertThat(message).contains(archive.toString(), "could not use", "older Java", "deleted",
                        "next start makes it again"));
        assertThat(archive).doesNotExist();
    }

    @Test
    void anArchiveAnotherJavaStillInstalledMadeStaysAndTheUserIsTold(@TempDir Path folder) throws IOException {
        // Two Javas running bin/jmcp in turn would otherwise each delete and remake the other's archive.
        Path archive = archive(folder);

        assertThat(UnusableClassArchive.discardIfUnused(archive, false, false, INSTALLED_BEFORE)).hasValueSatisfying(
                message -> assertThat(message).contains(archive.toString(), "another Java made it", "JAVA=",
                        "delete the archive"));
        assertThat(archive).exists();
    }

    @Test
    void whenTheJvmsInstallationTimeIsUnknownTheArchiveStays(@TempDir Path folder) throws IOException {
        Path archive = archive(folder);

        assertThat(UnusableClassArchive.discardIfUnused(archive, false, false, Optional.empty())).isPresent();
        assertThat(archive).exists();
    }

    @Test
    void withOptionsOfTheUsersOwnTheArchiveStaysAndTheUserIsTold(@TempDir Path folder) throws IOException {
        // -XX:-UseCompressedOops in JAVA_OPTS makes the JVM refuse any archive bin/jmcp makes.
        Path archive = archive(folder);

        assertThat(UnusableClassArchive.discardIfUnused(archive, false, true, INSTALLED_LATER)).hasValueSatisfying(
                message -> assertThat(message).contains(archive.toString(), "JAVA_OPTS", "if Java itself changed"));
        assertThat(archive).exists();
    }

    @Test
    void anArchiveThatCannotBeDeletedIsNamedWithWhatToDo(@TempDir Path folder) throws IOException {
        // A folder with a file in it stands for an archive this user may not delete (tests run as root).
        Path archive = Files.createDirectory(folder.resolve("jmcp-server-stdio-static.jsa"));
        Files.writeString(archive.resolve("inside"), "x");
        Files.setLastModifiedTime(archive, FileTime.from(ARCHIVE_MADE));

        assertThat(UnusableClassArchive.discardIfUnused(archive, false, false, INSTALLED_LATER)).hasValueSatisfying(
                message -> assertThat(message).contains(archive.toString(), "could not be deleted", "delete it"));
        assertThat(archive).exists();
    }

    @Test
    void noArchiveNothingToSay(@TempDir Path folder) {
        assertThat(UnusableClassArchive.discardIfUnused(folder.resolve("absent.jsa"), false, false, INSTALLED_LATER))
                .isEmpty();
    }

    @Test
    void aFilesInstallationTimeIsWhenItWasWritten(@TempDir Path folder) throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        Path written = Files.writeString(folder.resolve("modules"), "runtime image");
        Files.setLastModifiedTime(written, FileTime.from(Instant.parse("2020-01-01T00:00:00Z"))); // as a package sets it

        assertThat(UnusableClassArchive.installed(written)).hasValueSatisfying(
                installed -> assertThat(installed.toInstant()).isAfter(before));
    }

    private static Path archive(Path folder) throws IOException {
        Path archive = Files.writeString(folder.resolve("jmcp-server-stdio-static.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(ARCHIVE_MADE));
        return archive;
    }
}
