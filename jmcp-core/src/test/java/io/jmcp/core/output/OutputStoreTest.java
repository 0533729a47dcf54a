package io.jmcp.core.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kept outputs: pages by line, their owner only, a bounded time and a bounded number of bytes. */
class OutputStoreTest {
    private static final String TEXT = "first line\nsecond line\nthird, last line without newline";
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    @TempDir
    Path directory;

    private OutputStore store(long memoryBudget) {
        return new OutputStore(OutputSettings.defaults().withKeeping(Duration.ofMinutes(15), memoryBudget), clock);
    }

    @Test
    void pagesWholeLinesWithinTheBytesAsked() {
        HeldOutput output = store(1 << 20).hold("alice", "source", OutputText.of(TEXT)).orElseThrow();

        assertThat(output.lineCount()).isEqualTo(3);
        assertThat(output.page(0, 23)).isEqualTo(new Page("first line\nsecond line\n", 0, 2, false));
        assertThat(output.page(0, 22)).isEqualTo(new Page("first line\n", 0, 1, false));
        assertThat(output.page(2, 1000)).isEqualTo(new Page("third, last line without newline", 2, 1, false));
    }

    @Test
    void cutsALineLongerThanAPageAtACharacterBoundary() {
        HeldOutput output = store(1 << 20).hold("alice", "source", OutputText.of("été\nnext\n")).orElseThrow();

        // "é" takes two bytes: one byte cannot hold it
        assertThat(output.page(0, 2)).isEqualTo(new Page("é", 0, 1, true));
        assertThat(output.page(0, 1)).isEqualTo(new Page("", 0, 1, true));
    }

    @Test
    void refusesAnOffsetPastTheEnd() {
        HeldOutput output = store(1 << 20).hold("alice", "source", OutputText.of(TEXT)).orElseThrow();

        assertThatThrownBy(() -> output.page(3, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset 3 is past the end: the output has 3 lines (offsets 0 to 2)");
    }

    @Test
    void showsAnOutputToItsOwnerOnly() {
        OutputStore store = store(1 << 20);
        HeldOutput output = store.hold("alice", "source", OutputText.of(TEXT)).orElseThrow();

        assertThat(store.find("alice", output.id())).contains(output);
        assertThat(store.find("bob", output.id())).isEmpty();
        assertThat(store.findBySource("bob", "source")).isEmpty();
        assertThat(output.id()).matches("[0-9a-f]{32}");
        assertThat(output.uri()).isEqualTo("jmcp://outputs/" + output.id());
    }

    @Test
    void forgetsAnOutputOnceItsTimeIsUp() {
        OutputStore store = store(1 << 20);
        HeldOutput output = store.hold("alice", "source", OutputText.of(TEXT)).orElseThrow();

        now.set(now.get().plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(store.find("alice", output.id())).isPresent();
        now.set(now.get().plusSeconds(1));
        assertThat(store.find("alice", output.id())).isEmpty();
        assertThat(store.used()).isZero();
    }

    @Test
    void dropsTheOldestOutputsToStayWithinItsBytes() {
        String line = "x".repeat(99) + "\n";
        OutputStore store = store(3 * (1000 + 40));
        HeldOutput first = store.hold("alice", "one", OutputText.of(line.repeat(10))).orElseThrow();
        HeldOutput second = store.hold("bob", "two", OutputText.of(line.repeat(10))).orElseThrow();
        HeldOutput third = store.hold("alice", "three", OutputText.of(line.repeat(10))).orElseThrow();
        HeldOutput fourth = store.hold("alice", "four", OutputText.of(line.repeat(10))).orElseThrow();

        assertThat(store.find("alice", first.id())).isEmpty();
        assertThat(store.find("bob", second.id())).isPresent();
        assertThat(store.find("alice", third.id())).isPresent();
        assertThat(store.find("alice", fourth.id())).isPresent();
        assertThat(store.used()).isEqualTo(3 * (1000 + 40));
    }

    @Test
    void keepsNothingLargerThanAllItsBytes() {
        assertThat(store(100).hold("alice", "source", OutputText.of("y".repeat(200)))).isEmpty();
    }

    @Test
    void replacesWhatTheSameOwnerKeptFromTheSameSource() {
        OutputStore store = store(1 << 20);
        HeldOutput old = store.hold("alice", "source", OutputText.of("old\n")).orElseThrow();
        HeldOutput fresh = store.hold("alice", "source", OutputText.of("new\n")).orElseThrow();

        assertThat(store.find("alice", old.id())).isEmpty();
        assertThat(store.findBySource("alice", "source")).contains(fresh);
    }

    @Test
    void writesOutputsToTheFolderReadableByTheOwnerOnlyAndDeletesThemWhenDropped() throws Exception {
        Path folder = directory.resolve("outputs");
        OutputStore store = new OutputStore(OutputSettings.defaults().withFolder(folder), clock);
        HeldOutput output = store.hold("alice", "source", OutputText.of(TEXT)).orElseThrow();
        Path file = folder.resolve(output.id() + ".out");

        assertThat(output.isOnDisk()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(TEXT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(output.page(1, 12)).isEqualTo(new Page("second line\n", 1, 1, false));
        assertThat(output.memoryUse()).isEqualTo(12);

        store.close();
        assertThat(file).doesNotExist();
    }
}
