package io.jmcp.core.guard;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real Junos replies of the shared folder, the test data of DESIGN.md. */
final class JunosReplies {
    private JunosReplies() {
    }

    /**
     * {@code ${jmcp.shared.dir}/junos-replies/<name>}; in a git worktree, whose checkout sits one
     * level deeper than {@code ../shared} assumes, the {@code shared} folder beside the nearest
     * ancestor of the working directory that has one.
     */
    static Path reply(String name) {
        String shared = System.getProperty("jmcp.shared.dir");
        if (shared != null && Files.isDirectory(Path.of(shared, "junos-replies"))) {
            return Path.of(shared, "junos-replies", name);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path beside = dir.resolveSibling("shared").resolve("junos-replies");
            if (Files.isDirectory(beside)) {
                return beside.resolve(name);
            }
        }
        throw new IllegalStateException("no real Junos replies in " + shared
                + "/junos-replies nor beside any parent folder; set -Djmcp.shared.dir");
    }
}
