package io.jmcp.netconf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replies captured from real Junos devices, from {@code ${jmcp.shared.dir}/junos-replies}. */
final class JunosReplies {

    private JunosReplies() {
    }

    static String read(String relativePath) {
        String shared = System.getProperty("jmcp.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property jmcp.shared.dir is not set (surefire sets it)");
        }
        try {
            return Files.readString(Path.of(shared, "junos-replies", relativePath), StandardCharsets.UTF_8)
                    .replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
