package io.jmcp.core.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --audit-log} file: one JSON object per line and per tool call, appended and handed
 * to the operating system (unbuffered, so it survives a crash of the server) before
 * {@link #record} returns. Safe for concurrent callers. A new file is created readable by
 * its owner only, since commit diffs describe the network.
 *
 * <p>A failure to write is logged and does not fail the tool call it describes.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final AuditLog DISABLED = new AuditLog(null, null);

    private final Path file;
    private final FileChannel channel;

    private AuditLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens {@code file} for appending, creating it (mode 0600) when missing.
     *
     * @throws IOException when the file cannot be opened; the server should not start without
     *                     the audit log it was asked to keep
     */
    public static AuditLog open(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        FileChannel channel = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(absolute, options, ownerOnly())
                : FileChannel.open(absolute, options);
        return new AuditLog(absolute, channel);
    }

    /** An audit log that records nothing, for servers started without {@code --audit-log}. */
    public static AuditLog disabled() {
        return DISABLED;
    }

    public boolean isEnabled() {
        return channel != null;
    }

    /** Appends {@code event} as one JSON line. Never throws: a failed write is logged. */
    public void record(AuditEvent event) {
        if (channel == null) {
            return;
        }
        ByteBuffer line = ByteBuffer.wrap((MAPPER.writeValueAsString(toJson(event)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        // One writer at a time, so that lines never interleave and each is complete on disk.
        synchronized (this) {
            try {
                while (line.hasRemaining()) {
                    channel.write(line);
                }
            } catch (IOException e) {
                log.error("Cannot write audit log {}: {} (event of tool {} lost)", file, e.toString(), event.tool());
            }
        }
    }

    static ObjectNode toJson(AuditEvent event) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("time", event.time().toString());
        json.put("caller", event.caller());
        json.put("tool", event.tool());
        ArrayNode devices = json.putArray("devices");
        event.devices().forEach(devices::add);
        json.put("outcome", event.outcome().jsonName());
        if (event.message() != null) {
            json.put("message", event.message());
        }
        json.put("duration_ms", event.duration().toMillis());
        if (event.commit() != null) {
            ObjectNode commit = json.putObject("commit");
            commit.put("diff", event.commit().diff());
            commit.put("comment", event.commit().comment());
        }
        return json;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    @Override
    public String toString() {
        return channel == null ? "AuditLog[disabled]" : "AuditLog[" + file + "]";
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
