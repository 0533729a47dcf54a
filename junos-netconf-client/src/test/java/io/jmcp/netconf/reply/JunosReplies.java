package io.jmcp.netconf.reply;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The replies captured from real Junos devices, under {@code ${jmcp.shared.dir}/junos-replies}. */
final class JunosReplies {
    private JunosReplies() {
    }

    /**
     * {@code ${jmcp.shared.dir}/junos-replies}; when that folder is missing (a git worktree nests
     * the checkout one level deeper than the default {@code ../shared} assumes), the
     * {@code shared/junos-replies} beside the nearest ancestor of the working directory.
     */
    static Path root() {
        String shared = System.getProperty("jmcp.shared.dir");
        if (shared != null && Files.isDirectory(Path.of(shared, "junos-replies"))) {
            return Path.of(shared, "junos-replies");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path beside = dir.resolveSibling("shared").resolve("junos-replies");
            if (dir.getParent() != null && Files.isDirectory(beside)) {
                return beside;
            }
        }
        throw new IllegalStateException("no real Junos replies at " + shared
                + "/junos-replies nor beside any parent folder; set -Djmcp.shared.dir");
    }

    /** e.g. {@code facts/re_info_dual_get-route-engine-information.xml}. */
    static Path path(String relative) {
        return root().resolve(relative);
    }

    static InputStream open(String relative) {
        try {
            return Files.newInputStream(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every reply file whose name (not folder) passes {@code name}, sorted, relative to the root. */
    static List<String> named(Predicate<String> name) {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> name.test(file.getFileName().toString()))
                    .map(file -> root().relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
