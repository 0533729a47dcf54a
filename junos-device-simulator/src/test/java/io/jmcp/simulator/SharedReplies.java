package io.jmcp.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The replies captured from real Junos devices, under {@code ${jmcp.shared.dir}/junos-replies};
 * when a git worktree nests the checkout deeper than that default expects, the
 * {@code shared/junos-replies} beside the nearest ancestor folder.
 */
final class SharedReplies {

    private SharedReplies() {
    }

    static Path root() {
        String shared = System.getProperty("jmcp.shared.dir");
        if (shared != null && Files.isDirectory(Path.of(shared, "junos-replies"))) {
            return Path.of(shared, "junos-replies");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path beside = dir.resolveSibling("shared").resolve("junos-replies");
            if (Files.isDirectory(beside)) {
                return beside;
            }
        }
        throw new IllegalStateException("no real Junos replies under " + shared + "/junos-replies nor beside any"
                + " parent folder; set -Djmcp.shared.dir");
    }

    /** Every captured reply file. */
    static List<Path> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
