package io.jmcp.core.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files only their owner may read or write (mode 0600 where the file system has POSIX modes). */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /**
     * Replaces {@code target} with {@code content} so that readers see the old file or the new one,
     * never a mix: the content goes to a temporary file beside it, is flushed to disk, then renamed.
     */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, target.getFileName() + ".", ".tmp", attributesFor(directory));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Opens (creating if needed) a file for writing, created owner-only. */
    public static FileChannel openForWriting(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), attributesFor(file.getParent()));
    }

    private static FileAttribute<?>[] attributesFor(Path directory) throws IOException {
        if (Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
