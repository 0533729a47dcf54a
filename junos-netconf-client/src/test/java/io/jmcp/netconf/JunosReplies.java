package io.jmcp.netconf;

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

/**
 * Replies captured from real Junos devices, under {@code ${jmcp.shared.dir}/junos-replies}
 * (surefire sets the property), or else the {@code shared/junos-replies} beside the nearest
 * ancestor of the working directory (a run from an IDE or a worktree).
 */
public final class JunosReplies {

    private JunosReplies() {
    }

    public static Path root() {
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

    /** e.g. {@code facts/re_info_dual_get-route-engine-information.xml}. */
    public static Path path(String relativePath) {
        return root().resolve(relativePath);
    }

    /** The file's text, without the byte-order mark some captures start with. */
    public static String read(String relativePath) {
        return read(path(relativePath));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes as captured, byte-order mark included. */
    public static InputStream open(String relativePath) {
        try {
            return Files.newInputStream(path(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every reply file whose name (not folder) passes {@code name}, sorted, relative to the root. */
    public static List<String> named(Predicate<String> name) {
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

    public static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The captured reply answering the request with {@code messageId}; a capture of the reply's
     * content only is wrapped in an {@code <rpc-reply>}.
     */
    public static String asReplyTo(String relativePath, String messageId) {
        String reply = read(relativePath).strip();
        if (!reply.startsWith("<rpc-reply")) {
            return "<rpc-reply message-id=\"" + messageId + "\">" + reply + "</rpc-reply>";
        }
        return reply.replaceFirst("^<rpc-reply(\\s+message-id=\"[^\"]*\")?", "<rpc-reply message-id=\"" + messageId + "\"");
    }
}
