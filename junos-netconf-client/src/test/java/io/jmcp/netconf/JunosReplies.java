package io.jmcp.netconf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replies captured from real Junos devices, from {@code ${jmcp.shared.dir}/junos-replies}, or, in a
 * git worktree (nested one level deeper than {@code ../shared} assumes), from the
 * {@code shared/junos-replies} beside the nearest ancestor folder: the rule of the reply tests.
 */
final class JunosReplies {

    private JunosReplies() {
    }

    static String read(String relativePath) {
        try {
            return Files.readString(root().resolve(relativePath), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
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
        throw new IllegalStateException("no real Junos replies in " + shared + "/junos-replies nor beside a parent"
                + " folder; set -Djmcp.shared.dir");
    }

    /**
     * The captured reply answering the request with {@code messageId}; a capture of the reply's
     * content only is wrapped in an {@code <rpc-reply>}.
     */
    static String asReplyTo(String relativePath, String messageId) {
        String reply = read(relativePath).strip();
        if (!reply.startsWith("<rpc-reply")) {
            return "<rpc-reply message-id=\"" + messageId + "\">" + reply + "</rpc-reply>";
        }
        return reply.replaceFirst("^<rpc-reply(\\s+message-id=\"[^\"]*\")?", "<rpc-reply message-id=\"" + messageId + "\"");
    }
}
