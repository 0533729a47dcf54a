package io.jmcp.benchmarks.reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The replies captured from real devices, read from {@code ${jmcp.shared.dir}/junos-replies}
 * ({@code ../shared} from the project root by default, as for the tests).
 */
final class RecordedReplies {
    private RecordedReplies() {
    }

    static byte[] read(String relative) {
        Path file = Path.of(System.getProperty("jmcp.shared.dir", "../shared"), "junos-replies", relative);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath()
                    + " (set -Djmcp.shared.dir to the folder holding junos-replies)", e);
        }
    }
}
